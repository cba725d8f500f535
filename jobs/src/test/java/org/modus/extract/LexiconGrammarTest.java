package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The lexicon grammar: optional slots, and proximity rules that pair a head concept with its
 * modifier in either order within a window, including a destination abroad judged against the ad's
 * country.
 */
class LexiconGrammarTest {
  private static final DocumentExtractor X = DocumentExtractor.defaults();

  private static Set<String> present(String lang, String text, String country) {
    return X.extract(lang, text, country).features().stream()
        .filter(f -> !f.negated())
        .map(ExtractedFeature::label)
        .collect(Collectors.toSet());
  }

  private static Set<String> negated(String lang, String text) {
    return X.extract(lang, text).features().stream()
        .filter(ExtractedFeature::negated)
        .map(ExtractedFeature::label)
        .collect(Collectors.toSet());
  }

  @Test
  void anOptionalSlotExpandsWithAndWithoutIt() {
    assertEquals(
        List.of("flight paid", "flight is paid"), LanguageMatcher.expand("flight is? paid"));
    assertEquals(List.of("a c", "a b c", "a d c"), LanguageMatcher.expand("a b|d? c"));
  }

  @Test
  void aHeadConceptNearItsModifierIsFoundInEitherOrderAndEachLanguage() {
    String travel = "deceptive_recruitment/travel_arranged";
    assertTrue(present("en", "Your airfare to Lisbon is on us.", null).contains(travel));
    assertTrue(present("en", "The company books your bus and work permit.", null).contains(travel));
    assertTrue(present("fr", "Billet remboursé à l'arrivée.", null).contains(travel));
    assertTrue(present("es", "Te pagamos el pasaje.", null).contains(travel));
    assertTrue(
        present("en", "Flights, visa and insurance: all covered.", null).contains(travel),
        "the commas of a list do not break the pair");
  }

  @Test
  void aPairTooFarApartOrAcrossASentenceIsNoMatch() {
    String travel = "deceptive_recruitment/travel_arranged";
    assertFalse(
        present(
                "en",
                "We publish our flight schedules online for every passenger, and parking is free.",
                null)
            .contains(travel));
    assertFalse(present("en", "Book your own flight. Lunch is paid.", null).contains(travel));
  }

  @Test
  void aNegationBetweenTheTwoPhrasesNegatesTheMatch() {
    assertTrue(
        negated("en", "Flights are not paid by the employer.")
            .contains("deceptive_recruitment/travel_arranged"));
    assertFalse(
        present("en", "Flights are not paid by the employer.", null)
            .contains("deceptive_recruitment/travel_arranged"));
  }

  @Test
  void aFeeWithAnAmountOrAskedOfTheApplicantIsAnUpfrontFee() {
    String fee = "deceptive_recruitment/upfront_fee";
    assertTrue(
        present("en", "A medical exam of $150 is required before departure.", null).contains(fee));
    assertTrue(
        present("fr", "Frais de dossier de 80 € à régler avant le départ.", null).contains(fee));
    assertTrue(present("es", "Debes pagar la inscripción antes de viajar.", null).contains(fee));
  }

  @Test
  void moneySentInAnyCurrencyTheReferenceKnowsIsAnAmountForTheFeeRules() {
    String fee = "deceptive_recruitment/upfront_fee";
    assertTrue(
        present("fr", "Envoie 40 000 F par Wave pour réserver ta place.", "CI").contains(fee),
        "F is the CFA franc where it is the ad's currency");
    assertTrue(
        present("en", "You only need to pay 120k for the medical, send it today.", "NG")
            .contains(fee),
        "a k-suffixed amount is money");
    assertTrue(
        present("es", "Solo falta el pago de 450 dólares por la gestión.", "HN").contains(fee));
    assertFalse(
        present("en", "We pay RM 2,400 a month, paid on the 25th.", "MY").contains(fee),
        "pay offered is not a fee asked");
  }

  @Test
  void aDeadlineOnMoneyAskedIsUrgencyButAnApplicationDeadlineIsNot() {
    String urgent = "deceptive_recruitment/urgent_hiring";
    assertTrue(
        present(
                "en",
                "Send the visa fee by WorldRemit before Friday or we give the job away.",
                "GH")
            .contains(urgent));
    assertTrue(
        present("fr", "Frais de dossier 150$ par Western Union avant la fin du mois.", "CD")
            .contains(urgent));
    assertFalse(
        present("en", "Graduate programme: apply on our website before Friday 5pm.", "GB")
            .contains(urgent));
  }

  @Test
  void papersTheRecruiterWillProcureOrThatNobodyAsksForAreIrregular() {
    String irregular = "deceptive_recruitment/documents_irregular";
    assertTrue(
        present("en", "Don't worry about the passport, we will get you one.", "NG")
            .contains(irregular));
    assertTrue(present("en", "Packing job in Rotterdam, no need BSN.", "GB").contains(irregular));
    assertTrue(
        present("fr", "Pas besoin de livret maritime, l'agent s'occupe de tout.", "CM")
            .contains(irregular));
  }

  @Test
  void lodgingAndTheJourneyListedTogetherInAJobAreBothOffered() {
    Set<String> found =
        present("es", "Trabajo en karaoke, pago diario, cuarto y pasaje desde Cusco.", "PE");
    assertTrue(found.contains("deceptive_recruitment/accommodation_provided"));
    assertTrue(found.contains("deceptive_recruitment/travel_arranged"));
    assertFalse(
        present("en", "Hotel room near the bus station, 40 a night.", "GB")
            .contains("deceptive_recruitment/accommodation_provided"),
        "no work in sight");
  }

  @Test
  void aForeignCountrysFlagIsAPlaceAbroadAndZeroNegatesOnlyAFee() {
    String abroad = "deceptive_recruitment/job_abroad";
    assertTrue(present("es", "Trabajo de mesera 🇵🇦 pasaje pagado.", "CO").contains(abroad));
    assertFalse(
        present("es", "Trabajo de mesera 🇨🇴 pasaje pagado.", "CO").contains(abroad),
        "the ad's own flag");
    assertTrue(
        present("fr", "Travail en usine 🇫🇷🇮🇹 logement fourni.", "CI").contains(abroad),
        "two flags in one token");
    assertTrue(
        present("en", "Got my factory job in Poland with zero placement fee!", "PH")
            .contains(abroad),
        "'zero' after the place negates the fee, not the destination");
  }

  @Test
  void aDestinationIsAbroadOnlyAgainstTheAdsOwnCountry() {
    String abroad = "deceptive_recruitment/job_abroad";
    assertTrue(present("en", "Positions in Doha for drivers.", "GB").contains(abroad));
    assertFalse(
        present("en", "Positions in Doha for drivers.", "QA").contains(abroad),
        "Doha is home in Qatar");
    assertFalse(
        present("en", "Positions in Doha for drivers.", null).contains(abroad),
        "no country and one place: nothing to compare");
    assertTrue(
        present("en", "She was recruited in Manila for a job in Doha.", null).contains(abroad),
        "no country: the first place named is where the story starts");
    assertTrue(present("es", "Trabajo en Madrid, buen sueldo.", "MX").contains(abroad));
    assertTrue(
        present("fr", "Offre d'emploi à Dubaï.", "SEN").contains(abroad), "alpha-3 codes too");
  }

  @Test
  void aCommonWordThatIsAlsoAPlaceIsAPlaceOnlyAfterAPreposition() {
    String abroad = "deceptive_recruitment/job_abroad";
    assertFalse(present("en", "Nice job, great team.", "GB").contains(abroad));
    assertTrue(present("en", "Hotel job in Nice, start in May.", "GB").contains(abroad));
  }

  @Test
  void aBlockingWordBetweenTheTwoPhrasesBlocksTheMatch() {
    assertFalse(
        present("fr", "Sans papiers accepté, on garde ton passeport.", null)
            .contains("control_coercion/withholds_documents"),
        "an offer to the reader, not documents taken");
    assertTrue(
        present("en", "The employer kept their passports for two years.", null)
            .contains("control_coercion/withholds_documents"));
  }

  @Test
  void thePayerMayBeTheRecruiterHimselfOrSayItWithAModalOrAPerfect() {
    String travel = "deceptive_recruitment/travel_arranged";
    assertTrue(present("en", "I'll sort your visa and ticket, just come.", "KE").contains(travel));
    assertTrue(present("en", "Once approved we can book your flight.", "PH").contains(travel));
    assertTrue(present("es", "El viaje te lo financio yo.", "BO").contains(travel));
    assertTrue(present("es", "Se les da el pasaje hasta la frontera.", "HN").contains(travel));
    assertTrue(present("fr", "Ton billet est déjà acheté.", "CI").contains(travel));
    assertFalse(
        present("en", "You can book your own flight on our website.", "GB").contains(travel),
        "the reader books, not the recruiter");
  }

  @Test
  void theRecruiterMeetingTheWorkerAtABusStationArrangesTheJourney() {
    String travel = "deceptive_recruitment/travel_arranged";
    assertTrue(present("es", "Te vamos a recoger en la estación de buses.", "CL").contains(travel));
    assertTrue(present("en", "We'll come get you at the bus terminal.", "GB").contains(travel));
    assertFalse(
        present("en", "Bus station café hiring baristas, apply in person.", "GB").contains(travel),
        "a station named without anyone taking the worker");
  }

  @Test
  void pressureToAnswerNowIsUrgencyInEveryWayItIsPut() {
    String urgent = "deceptive_recruitment/urgent_hiring";
    assertTrue(present("en", "You must confirm by Friday.", "NG").contains(urgent));
    assertTrue(present("es", "Empezamos el lunes, trae tus papeles.", "MX").contains(urgent));
    assertTrue(
        present("en", "Answer today, otherwise we give the position to another candidate.", "KE")
            .contains(urgent));
    assertTrue(
        present("fr", "Envoyez le dossier, sinon on passe au candidat suivant.", "CM")
            .contains(urgent));
    assertTrue(present("fr", "Poste au Gabon. Délai : 24h pour confirmer.", "CM").contains(urgent));
    assertTrue(present("es", "Plazas para hoy, escríbeme.", "CO").contains(urgent));
    assertFalse(
        present("fr", "Votre entretien est confirmé jeudi à 10h.", "BE").contains(urgent),
        "an appointment confirmed by the employer");
    assertFalse(
        present("fr", "Entretien sur place du lundi au vendredi.", "BE").contains(urgent),
        "'sur place' is no place left");
    assertFalse(
        present("es", "En el trabajo tienes 8 horas de descanso a la semana.", "MX")
            .contains(urgent),
        "hours of work or rest are no deadline");
  }

  @Test
  void aHouseholdOrShopAbroadAndTheShortNameOfACountryAreAJobAbroad() {
    String abroad = "deceptive_recruitment/job_abroad";
    assertTrue(present("en", "A family in Riyadh needs a nanny.", "GB").contains(abroad));
    assertTrue(present("en", "Drivers wanted for Saudi, good pay.", "KE").contains(abroad));
    assertTrue(present("es", "La pega es en Argentina.", "CL").contains(abroad));
    assertFalse(
        present("en", "My family in Lagos sends greetings.", "GB").contains(abroad),
        "one's own family is no employer");
  }

  @Test
  void buyingAVoucherToStartIsAnUpfrontFeeButBuyingOneAsTheTaskIsNot() {
    String fee = "deceptive_recruitment/upfront_fee";
    assertTrue(
        present("en", "To start, you need to buy a $50 Steam card and send us the code.", "US")
            .contains(fee));
    assertTrue(
        present("fr", "Pour activer votre compte, achetez une carte Neosurf de 20€.", "FR")
            .contains(fee));
    assertTrue(
        present("es", "Para empezar tenés que cargar una Paysafecard de 20 USD.", "AR")
            .contains(fee));
    assertFalse(
        present("en", "Your job: buy gift cards for our clients and mail them.", "US")
            .contains(fee),
        "the purchase is the errand, not the price of the job");
  }

  @Test
  void housingOnBoardInACampOrSharedWithTheJobIsProvided() {
    String housing = "deceptive_recruitment/accommodation_provided";
    assertTrue(present("en", "Deckhand wanted, bunk on the boat.", "CA").contains(housing));
    assertTrue(
        present("es", "Obreros para la mina, campamento con alimentación.", "PE")
            .contains(housing));
    assertTrue(present("es", "Trabajo en la maquila, cuarto compartido.", "HN").contains(housing));
    assertFalse(
        present("es", "Habitación compartida en renta, 3000 al mes.", "MX").contains(housing),
        "a room to rent, no work in sight");
  }

  @Test
  void papersWaivedOrLeftWithTheBossAreIrregular() {
    String docs = "deceptive_recruitment/documents_irregular";
    assertTrue(present("en", "Cleaner wanted, no ABN needed.", "AU").contains(docs));
    assertTrue(present("es", "Se buscan pintores, no papeles no problema.", "US").contains(docs));
    assertTrue(
        present("es", "Al llegar dejas el pasaporte con el encargado.", "CO").contains(docs));
  }

  @Test
  void aWorkerWhoTravelsToClientsOrJustArrivedIsMobile() {
    String mobility = "ad_indicator/mobility";
    assertTrue(
        present("en", "Escort, available for travel, discreet incall.", null).contains(mobility));
    assertTrue(present("fr", "Jeune femme fraîchement arrivée à Lyon.", null).contains(mobility));
    assertFalse(
        present("en", "Sales rep, must be available to travel across the state.", null)
            .contains(mobility),
        "a job's travel is no escort's tour");
  }

  @Test
  void reshippingAndForwardingTheRestOfAChequeAreEasyMoneyInThePersonsAnAdUses() {
    String easy = "deceptive_recruitment/easy_remote_money";
    assertTrue(
        present("fr", "Le job : tu reçois des colis chez toi et tu les renvoies.", "FR")
            .contains(easy));
    assertTrue(
        present(
                "en",
                "We mail you a cheque; keep your commission and send back the remainder by wire.",
                "US")
            .contains(easy));
    assertTrue(
        present("es", "Gana dinero desde el móvil compartiendo enlaces.", "ES").contains(easy));
    assertFalse(
        present("fr", "Vous recevrez votre salaire sur votre compte bancaire.", "FR")
            .contains(easy),
        "pay into one's own account is payroll, not a mule's task");
    assertFalse(
        present("en", "Warehouse associate: receive and scan inbound pallets.", "US")
            .contains(easy));
  }

  @Test
  void theRecruiterSendingTheTicketOrTakingMoneyForTheVisaArrangesTheJourney() {
    String travel = "deceptive_recruitment/travel_arranged";
    assertTrue(
        present(
                "fr",
                "Travail en Italie. Quand le dossier est prêt, je t'envoie le billet par mail.",
                "SN")
            .contains(travel));
    assertTrue(
        present("en", "Jobs in Oman: they asked me for 90,000 shillings for the work permit.", "KE")
            .contains(travel));
    assertTrue(
        present("fr", "Travail au Canada : il faut verser 300 000 FCFA pour le visa.", "CM")
            .contains(travel));
    assertTrue(
        present("es", "Trabajo en Chile, hay que pagar 500 bolivianos para el pasaje.", "BO")
            .contains(travel));
  }

  @Test
  void aGroupLeavingInTheRecruitersVehicleIsTravelArranged() {
    String travel = "deceptive_recruitment/travel_arranged";
    assertTrue(
        present(
                "en",
                "Construction jobs in Belgium: we leave by minibus from Cluj every Sunday.",
                "RO")
            .contains(travel));
    assertTrue(
        present("fr", "Chantier en France : départ en minibus depuis Tanger le 3 mai.", "MA")
            .contains(travel));
    assertTrue(
        present("es", "Trabajo en la pizca: el domingo sale la camioneta desde Puebla.", "MX")
            .contains(travel));
  }

  @Test
  void payForATrivialActOrAFewMinutesIsEasyMoney() {
    String easy = "deceptive_recruitment/easy_remote_money";
    assertTrue(
        present("en", "Earn $900 a week just for chatting with lonely people.", "US")
            .contains(easy));
    assertTrue(
        present("fr", "Gagne 60€ par jour juste pour liker des vidéos.", "FR").contains(easy));
    assertTrue(
        present("es", "Ganá 40 dólares por día solo por mirar anuncios.", "AR").contains(easy));
    assertTrue(
        present("en", "Only 20 minutes a day and you earn $400 a week.", "US").contains(easy));
    assertTrue(present("es", "Gana 200€ al día con 15 minutos al día.", "ES").contains(easy));
  }

  @Test
  void papersHandedInOrInCustodyAreIrregular() {
    String docs = "deceptive_recruitment/documents_irregular";
    assertTrue(
        present("en", "Jobs in Qatar: hand in your passport at the office before departure.", "UG")
            .contains(docs));
    assertTrue(
        present("fr", "Emploi à Dubaï : déposez votre passeport à l'agence avant le départ.", "SN")
            .contains(docs));
    assertTrue(
        present("es", "Trabajo en bar: tu cédula queda en custodia de la agencia.", "PE")
            .contains(docs));
  }

  @Test
  void lodgingThatIsThereLiveInOrRentFreeIsProvided() {
    String lodging = "deceptive_recruitment/accommodation_provided";
    assertTrue(
        present(
                "fr",
                "Vendanges : il y a un logement sur le domaine pour les saisonniers, travail 6 jours.",
                "FR")
            .contains(lodging));
    assertTrue(
        present("en", "Nanny job: you live with the family, weekends off.", "GB")
            .contains(lodging));
    assertTrue(present("es", "Laburo en el campo, no pagás alquiler.", "AR").contains(lodging));
    assertTrue(present("en", "Hotel job, staff are housed rent-free.", "GB").contains(lodging));
    assertTrue(present("fr", "Travail saisonnier, pas de loyer à payer.", "FR").contains(lodging));
  }

  @Test
  void someoneElseRunningTheAccountOrClientsIsAThirdParty() {
    String third = "ad_indicator/third_party";
    assertTrue(
        present("en", "We manage your profile and bookings, you just show up.", "US")
            .contains(third));
    assertTrue(present("fr", "On gère tes rendez-vous et ton compte.", "BE").contains(third));
    assertTrue(present("es", "Nosotros manejamos tu perfil y tus citas.", "CL").contains(third));
  }

  @Test
  void originByCountryOfDepartureIsNationalityAndAnIntensifiedAssuranceIsTrust() {
    String nat = "ad_indicator/ethnicity_nationality";
    assertTrue(present("en", "Stunning girls just arrived from Brazil.", "GB").contains(nat));
    assertTrue(present("fr", "Jolie fille fraîchement arrivée de Colombie.", "BE").contains(nat));
    assertFalse(
        present("es", "Chicas recién llegadas de Venezuela, servicio en hotel.", "CO")
            .contains("deceptive_recruitment/job_abroad"),
        "the country a worker arrived from is no destination");
    assertTrue(
        present("es", "Masajista, cien por ciento seguro.", "ES")
            .contains("ad_indicator/trust_language"));
    assertFalse(
        present("en", "Cozy new bakery in town, come taste our bread.", "US")
            .contains("ad_indicator/mobility"));
  }

  @Test
  void aHowToSpotPostWarnsAboutWhatItLists() {
    assertTrue(
        negated("en", "How to spot a fake job: they ask for a fee and promise free flights.")
            .contains("deceptive_recruitment/upfront_fee"));
    assertTrue(
        negated(
                "fr",
                "Comment repérer une arnaque : on vous demande des frais et un billet gratuit.")
            .contains("deceptive_recruitment/travel_arranged"));
    assertTrue(
        negated("es", "Cómo detectar una estafa: te piden un depósito y prometen pasaje gratis.")
            .contains("deceptive_recruitment/travel_arranged"));
  }

  @Test
  void payForWorkAbroadIsJudgedAgainstTheDestinationsWageWhenHigher() {
    String pay = "deceptive_recruitment/unrealistic_pay";
    assertFalse(
        present("en", "Greenhouse workers needed in Ontario, Canada. Pay: 19 USD per hour.", "NG")
            .contains(pay));
    assertTrue(
        present("en", "Greenhouse workers needed. Pay: 19 USD per hour.", "NG").contains(pay));
    assertFalse(
        present("es", "Operarios para fábricas en Osaka, Japón. Sueldo 2900 dólares al mes.", "EC")
            .contains(pay));
    assertTrue(
        present("es", "Operarios para fábricas en Guayaquil. Sueldo 2900 dólares al mes.", "EC")
            .contains(pay));
    assertFalse(
        present("fr", "Maçons pour chantiers à Genève, Suisse. Salaire 5 000 CHF par mois.", "SN")
            .contains(pay));
  }

  @Test
  void aLanguageWaivedBeginnersInInclusiveWritingAndAnImminentStart() {
    String noExp = "deceptive_recruitment/no_experience_needed";
    assertTrue(present("en", "Work in NL. No Dutch or English required!", "PL").contains(noExp));
    assertTrue(
        present("en", "Kitchen job in Osaka, no need Japanese language.", "TH").contains(noExp));
    assertTrue(present("fr", "Caissier, débutant(e)s accepté(e)s.", "FR").contains(noExp));
    String urgent = "deceptive_recruitment/urgent_hiring";
    assertTrue(
        present("fr", "Postes d'agents de sécurité à Dubaï. Départ imminent !", "CD")
            .contains(urgent));
    assertTrue(
        present("fr", "Poste d'assistante, vous pouvez commencer dès demain.", "FR")
            .contains(urgent));
  }

  @Test
  void theAdSaidToBeTheRealOneIsTrustAndShiftRotationIsNoMovement() {
    assertTrue(
        present("es", "Si me buscas, este es mi anuncio real. Chica simpática.", "ES")
            .contains("ad_indicator/trust_language"));
    assertTrue(
        present("en", "Sexy brunette, just got to Denver, incall only.", "US")
            .contains("ad_indicator/mobility"));
    assertFalse(
        present("fr", "Vendeur en boulangerie, horaires en rotation.", "FR")
            .contains("ad_indicator/mobility"));
    assertFalse(
        present("fr", "Jolie fille, nouvelle sur LeoList, massages.", "CA")
            .contains("ad_indicator/mobility"));
  }

  @Test
  void aLeisureActPaidAnAmountToPayAndEverythingPaidByTheRecruiter() {
    String easy = "deceptive_recruitment/easy_remote_money";
    assertTrue(
        present("en", "Testers wanted: $40 an hour to play games on your phone.", "US")
            .contains(easy));
    assertTrue(
        present("fr", "Testeurs recherchés : 30€ de l'heure pour jouer à des jeux mobiles.", "FR")
            .contains(easy));
    String fee = "deceptive_recruitment/upfront_fee";
    assertTrue(
        present("fr", "Travail assuré en Espagne. 3 000 euros à régler avant le départ.", "DZ")
            .contains(fee));
    assertTrue(
        present("en", "Factory job in Poland, 2,000 USD to pay before your visa.", "NG")
            .contains(fee));
    assertTrue(
        present("es", "Trabajo en Chile, 800 dólares a depositar esta semana.", "BO")
            .contains(fee));
    String travel = "deceptive_recruitment/travel_arranged";
    assertTrue(
        present("en", "Factory work in Japan, the agency will pay for everything.", "PH")
            .contains(travel));
    assertTrue(present("fr", "Travail en Italie, tout est pris en charge.", "SN").contains(travel));
    assertTrue(present("es", "Trabajo en España, nosotros pagamos todo.", "EC").contains(travel));
  }

  @Test
  void payForATrivialOrLeisureActIsPayWithoutStatedWork() {
    String pay = "deceptive_recruitment/unrealistic_pay";
    assertTrue(present("fr", "On te donne 40€ juste pour lire des messages.", "FR").contains(pay));
    assertTrue(present("en", "We send you $40 to play games on your phone.", "US").contains(pay));
    assertTrue(present("es", "Te damos 30 dólares solo por mirar anuncios.", "AR").contains(pay));
  }
}
