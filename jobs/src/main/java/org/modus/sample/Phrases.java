package org.modus.sample;

/**
 * Sentence banks of the synthetic ads, per language. Cue sentences use plain, common phrasings (the
 * extraction lexicon is written independently and must recognise them). Non-explicit by design.
 *
 * <p>So that the demo's extractor errs as on real text, two banks per language are written to fool
 * it ({@code DemoExtractorErrorsTest} checks that they do): {@code *Hidden} say a category in words
 * the lexicon does not know (the ad truly contains it: a miss), {@code *Lookalike} use a cue word
 * in an innocent sense (the ad does not contain the category: a false positive).
 */
final class Phrases {
  String[] jobTitles;
  String[] jobSections;
  String[] jobOpen;
  String[] inCity;
  String[] jobBody;
  String[] jobHours;
  String[] benignTitles;
  String[] benignBody;
  String[] serviceTitles;
  String[] serviceBody;
  String[] serviceHours;
  String[] abroad;
  String[] travel;
  String[] crypto;
  String[] otherPayment;
  String[] vivastreet;
  String[] otherPlatform;
  String[] contactLead;
  String[] cryptoHidden;
  String[] abroadHidden;
  String[] cashHidden;
  String[] bankHidden;
  String[] telegramHidden;
  String[] cryptoLookalike;
  String[] abroadLookalike;

  static Phrases of(String lang) {
    return switch (lang) {
      case "fr" -> FR;
      case "es" -> ES;
      case "de" -> DE;
      default -> EN;
    };
  }

  private static final Phrases EN = new Phrases();
  private static final Phrases FR = new Phrases();
  private static final Phrases ES = new Phrases();
  private static final Phrases DE = new Phrases();

  static {
    EN.jobTitles =
        new String[] {
          "Warehouse Operative",
          "Kitchen Assistant",
          "Cleaner",
          "Care Assistant",
          "Delivery Driver",
          "Hotel Receptionist",
          "Farm Worker",
          "Waiter"
        };
    EN.jobSections =
        new String[] {
          "Logistics",
          "Hospitality",
          "Cleaning",
          "Care",
          "Logistics",
          "Hospitality",
          "Agriculture",
          "Hospitality"
        };
    EN.jobOpen =
        new String[] {
          "We are hiring a",
          "Our team is looking for a",
          "Immediate start for a",
          "Friendly company seeks a"
        };
    EN.inCity = new String[] {"in %s", "based in %s", "for our site near %s"};
    EN.jobBody =
        new String[] {
          "You will support the team with daily tasks and keep the workplace tidy.",
          "Training is given on the first week and uniforms are provided.",
          "The role suits someone reliable who enjoys working with people.",
          "You will follow safety rules and report to the shift manager."
        };
    EN.jobHours =
        new String[] {
          "Full time, Monday to Friday.",
          "Part time, flexible hours.",
          "Shifts include some weekends.",
          "Permanent contract after a trial period."
        };
    EN.benignTitles =
        new String[] {"Sofa for sale", "Bike for sale", "Room to rent", "Maths tutoring"};
    EN.benignBody =
        new String[] {
          "Good condition, collection only in %s, price negotiable.",
          "Lightly used, pick up in %s this weekend.",
          "Quiet area of %s, close to the bus stop.",
          "Friendly tutor in %s, evenings available."
        };
    EN.serviceTitles =
        new String[] {"New in town", "Relaxing massage", "Evening companion", "Sweet and friendly"};
    EN.serviceBody =
        new String[] {
          "Friendly and discreet companion, new in %s, available for dinners and events.",
          "Relaxing massage in a calm flat in %s, appointments only.",
          "Young lady recently arrived in %s, elegant and friendly, outcalls possible.",
          "Pleasant company for your evenings in %s, discretion assured."
        };
    EN.serviceHours =
        new String[] {
          "Available every day from noon.",
          "Evenings and weekends.",
          "Short notice possible.",
          "Open 24/7."
        };
    EN.abroad =
        new String[] {
          "Job abroad with good pay, we handle everything.",
          "Work abroad in Europe, start next month.",
          "Great opportunity to work abroad, no experience needed."
        };
    EN.travel = new String[] {"Flight ticket paid by the employer.", "Travel costs covered."};
    EN.crypto =
        new String[] {
          "Payment in bitcoin or USDT only.",
          "Paid in crypto (BTC, USDT).",
          "Bitcoin payment accepted."
        };
    EN.otherPayment = new String[] {"Cash only.", "Payment by bank transfer.", "PayPal accepted."};
    EN.vivastreet = new String[] {"Contact me on Vivastreet.", "Also on Vivastreet."};
    EN.otherPlatform =
        new String[] {"Message me on Telegram.", "Find me on Instagram.", "Also on Leboncoin."};
    EN.contactLead = new String[] {"Contact:", "Call or text", "Reach me at", "Info:"};
    EN.cryptoHidden =
        new String[] {
          "Payment in digital tokens only.", "Settlement in digital coins, sent to my app."
        };
    EN.abroadHidden = new String[] {"Positions over the border for motivated people."};
    EN.cashHidden = new String[] {"Paid in notes, hand to hand."};
    EN.bankHidden = new String[] {"Paid straight into your account."};
    EN.telegramHidden = new String[] {"Write to me on the paper-plane app."};
    EN.cryptoLookalike =
        new String[] {"Also selling a book about the history of bitcoin, like new."};
    EN.abroadLookalike = new String[] {"Moving away to work abroad, everything must go."};

    FR.jobTitles =
        new String[] {
          "Agent d'entretien",
          "Aide-cuisinier",
          "Manutentionnaire",
          "Serveur",
          "Aide à domicile",
          "Réceptionniste",
          "Ouvrier agricole",
          "Livreur"
        };
    FR.jobSections =
        new String[] {
          "Nettoyage",
          "Restauration",
          "Logistique",
          "Restauration",
          "Aide à la personne",
          "Hôtellerie",
          "Agriculture",
          "Logistique"
        };
    FR.jobOpen =
        new String[] {
          "Nous recrutons un",
          "Entreprise conviviale recherche un",
          "Poste à pourvoir :",
          "Urgent, nous cherchons un"
        };
    FR.inCity = new String[] {"à %s", "sur %s", "près de %s"};
    FR.jobBody =
        new String[] {
          "Vous participerez aux tâches quotidiennes de l'équipe.",
          "Une formation est assurée la première semaine.",
          "Le poste convient à une personne sérieuse et motivée.",
          "Vous respecterez les consignes de sécurité du site."
        };
    FR.jobHours =
        new String[] {
          "Temps plein, du lundi au vendredi.",
          "Temps partiel, horaires flexibles.",
          "Travail certains week-ends.",
          "CDI après période d'essai."
        };
    FR.benignTitles =
        new String[] {"Canapé à vendre", "Vélo à vendre", "Chambre à louer", "Cours de maths"};
    FR.benignBody =
        new String[] {
          "Bon état, à retirer sur %s, prix à débattre.",
          "Peu servi, à récupérer à %s ce week-end.",
          "Quartier calme de %s, proche du tram.",
          "Professeur sympathique à %s, disponible le soir."
        };
    FR.serviceTitles =
        new String[] {
          "Nouvelle en ville", "Massage relaxant", "Compagnie agréable", "Douce et souriante"
        };
    FR.serviceBody =
        new String[] {
          "Accompagnatrice discrète et souriante, nouvelle à %s, pour dîners et sorties.",
          "Massage relaxant dans un appartement calme à %s, sur rendez-vous.",
          "Jeune femme récemment arrivée à %s, élégante et agréable, déplacements possibles.",
          "Compagnie agréable pour vos soirées à %s, discrétion assurée."
        };
    FR.serviceHours =
        new String[] {
          "Disponible tous les jours dès midi.",
          "Le soir et le week-end.",
          "Disponible rapidement.",
          "7j/7."
        };
    FR.abroad =
        new String[] {
          "Travail à l'étranger bien payé, on s'occupe de tout.",
          "Emploi à l'étranger, départ le mois prochain.",
          "Belle opportunité de travail à l'étranger."
        };
    FR.travel =
        new String[] {"Billet d'avion payé par l'employeur.", "Frais de voyage pris en charge."};
    FR.crypto =
        new String[] {
          "Paiement en crypto (BTC, USDT).",
          "Paiement en bitcoin uniquement.",
          "Paiement en cryptomonnaie accepté."
        };
    FR.otherPayment =
        new String[] {
          "Paiement en espèces uniquement.", "Paiement par virement.", "PayPal accepté."
        };
    FR.vivastreet = new String[] {"Retrouvez-moi sur Vivastreet.", "Aussi sur Vivastreet."};
    FR.otherPlatform =
        new String[] {
          "Écrivez-moi sur Telegram.", "Retrouvez-moi sur Instagram.", "Aussi sur Leboncoin."
        };
    FR.contactLead = new String[] {"Contact :", "Appelez le", "Joignable au", "Infos :"};
    FR.cryptoHidden =
        new String[] {
          "Règlement en jetons numériques uniquement.",
          "Paiement en pièces numériques sur mon appli."
        };
    FR.abroadHidden =
        new String[] {"Postes de l'autre côté de la frontière pour personnes motivées."};
    FR.cashHidden = new String[] {"Réglé en billets, de la main à la main."};
    FR.bankHidden = new String[] {"Versé directement sur votre compte."};
    FR.telegramHidden = new String[] {"Écrivez-moi sur l'appli à l'avion en papier."};
    FR.cryptoLookalike =
        new String[] {"Vends aussi un livre sur l'histoire du bitcoin, comme neuf."};
    FR.abroadLookalike = new String[] {"Je pars travailler à l'étranger, tout doit partir."};

    ES.jobTitles =
        new String[] {
          "Limpiador",
          "Ayudante de cocina",
          "Mozo de almacén",
          "Camarero",
          "Cuidador",
          "Recepcionista",
          "Peón agrícola",
          "Repartidor"
        };
    ES.jobSections =
        new String[] {
          "Limpieza",
          "Hostelería",
          "Logística",
          "Hostelería",
          "Cuidados",
          "Hostelería",
          "Agricultura",
          "Logística"
        };
    ES.jobOpen =
        new String[] {"Buscamos", "Empresa seria necesita", "Se busca", "Urgente, contratamos"};
    ES.inCity = new String[] {"en %s", "para %s", "cerca de %s"};
    ES.jobBody =
        new String[] {
          "Apoyarás al equipo en las tareas diarias.",
          "Ofrecemos formación la primera semana.",
          "El puesto es ideal para una persona responsable y motivada.",
          "Seguirás las normas de seguridad del centro."
        };
    ES.jobHours =
        new String[] {
          "Jornada completa, de lunes a viernes.",
          "Media jornada, horario flexible.",
          "Algunos fines de semana.",
          "Contrato indefinido tras periodo de prueba."
        };
    ES.benignTitles =
        new String[] {
          "Se vende sofá", "Se vende bicicleta", "Habitación en alquiler", "Clases de matemáticas"
        };
    ES.benignBody =
        new String[] {
          "Buen estado, recogida en %s, precio negociable.",
          "Poco uso, recoger en %s este fin de semana.",
          "Zona tranquila de %s, cerca del metro.",
          "Profesor amable en %s, tardes disponibles."
        };
    ES.serviceTitles =
        new String[] {
          "Nueva en la ciudad", "Masaje relajante", "Compañía agradable", "Dulce y simpática"
        };
    ES.serviceBody =
        new String[] {
          "Acompañante discreta y simpática, nueva en %s, para cenas y eventos.",
          "Masaje relajante en un piso tranquilo en %s, con cita previa.",
          "Chica joven recién llegada a %s, elegante y agradable, salidas posibles.",
          "Compañía agradable para tus noches en %s, discreción asegurada."
        };
    ES.serviceHours =
        new String[] {
          "Disponible todos los días desde mediodía.",
          "Tardes y fines de semana.",
          "Disponibilidad inmediata.",
          "24 horas."
        };
    ES.abroad =
        new String[] {
          "Trabajo en el extranjero bien pagado, nos encargamos de todo.",
          "Empleo en el extranjero, salida el próximo mes.",
          "Gran oportunidad de trabajo en el extranjero."
        };
    ES.travel =
        new String[] {"Pasaje de avión pagado por la empresa.", "Gastos de viaje cubiertos."};
    ES.crypto =
        new String[] {
          "Pago con bitcoin o USDT.", "Pago en criptomonedas (BTC, USDT).", "Solo pago con bitcoin."
        };
    ES.otherPayment =
        new String[] {"Solo efectivo.", "Pago por transferencia bancaria.", "Se acepta PayPal."};
    ES.vivastreet = new String[] {"Contáctame en Vivastreet.", "También en Vivastreet."};
    ES.otherPlatform =
        new String[] {
          "Escríbeme por Telegram.", "Búscame en Instagram.", "También en Milanuncios."
        };
    ES.contactLead = new String[] {"Contacto:", "Llama al", "Escríbeme al", "Info:"};
    ES.cryptoHidden =
        new String[] {"Pago solo en fichas digitales.", "Pago en monedas digitales a mi app."};
    ES.abroadHidden = new String[] {"Puestos al otro lado de la frontera para personas motivadas."};
    ES.cashHidden = new String[] {"Pago en billetes, en mano."};
    ES.bankHidden = new String[] {"Ingreso directo en tu cuenta."};
    ES.telegramHidden = new String[] {"Escríbeme en la app del avión de papel."};
    ES.cryptoLookalike =
        new String[] {"También vendo un libro sobre la historia del bitcoin, como nuevo."};
    ES.abroadLookalike = new String[] {"Me voy a trabajar al extranjero, todo debe irse."};

    DE.jobTitles =
        new String[] {
          "Reinigungskraft",
          "Küchenhilfe",
          "Lagerhelfer",
          "Kellner",
          "Pflegehelfer",
          "Rezeptionist",
          "Erntehelfer",
          "Fahrer"
        };
    DE.jobSections =
        new String[] {
          "Reinigung",
          "Gastronomie",
          "Logistik",
          "Gastronomie",
          "Pflege",
          "Hotel",
          "Landwirtschaft",
          "Logistik"
        };
    DE.jobOpen =
        new String[] {
          "Wir suchen einen",
          "Freundliches Team sucht einen",
          "Ab sofort gesucht:",
          "Dringend gesucht:"
        };
    DE.inCity = new String[] {"in %s", "für %s", "bei %s"};
    DE.jobBody =
        new String[] {
          "Sie unterstützen das Team bei den täglichen Aufgaben.",
          "Eine Einarbeitung in der ersten Woche ist vorgesehen.",
          "Die Stelle passt zu einer zuverlässigen und motivierten Person.",
          "Sie beachten die Sicherheitsregeln des Betriebs."
        };
    DE.jobHours =
        new String[] {
          "Vollzeit, Montag bis Freitag.",
          "Teilzeit, flexible Arbeitszeiten.",
          "Einige Wochenenden.",
          "Unbefristeter Vertrag nach der Probezeit."
        };
    DE.benignTitles =
        new String[] {
          "Sofa zu verkaufen", "Fahrrad zu verkaufen", "Zimmer zu vermieten", "Nachhilfe Mathe"
        };
    DE.benignBody =
        new String[] {
          "Guter Zustand, Abholung in %s, Preis verhandelbar.",
          "Wenig benutzt, Abholung in %s am Wochenende.",
          "Ruhige Lage in %s, nahe der Haltestelle.",
          "Freundlicher Lehrer in %s, abends verfügbar."
        };
    DE.serviceTitles =
        new String[] {
          "Neu in der Stadt",
          "Entspannende Massage",
          "Angenehme Begleitung",
          "Freundlich und charmant"
        };
    DE.serviceBody =
        new String[] {
          "Diskrete und freundliche Begleitung, neu in %s, für Abendessen und Veranstaltungen.",
          "Entspannende Massage in einer ruhigen Wohnung in %s, nur mit Termin.",
          "Junge Frau, neu in %s, elegant und freundlich, Hausbesuche möglich.",
          "Angenehme Gesellschaft für Ihre Abende in %s, Diskretion garantiert."
        };
    DE.serviceHours =
        new String[] {
          "Täglich ab Mittag.",
          "Abends und am Wochenende.",
          "Kurzfristig möglich.",
          "Rund um die Uhr."
        };
    DE.abroad =
        new String[] {
          "Arbeit im Ausland, gut bezahlt, wir kümmern uns um alles.",
          "Job im Ausland, Start nächsten Monat.",
          "Tolle Chance, im Ausland zu arbeiten."
        };
    DE.travel =
        new String[] {"Flugticket vom Arbeitgeber bezahlt.", "Reisekosten werden übernommen."};
    DE.crypto =
        new String[] {
          "Bezahlung in Bitcoin oder USDT.",
          "Zahlung nur in Krypto (BTC, USDT).",
          "Bitcoin-Zahlung akzeptiert."
        };
    DE.otherPayment =
        new String[] {"Nur Barzahlung.", "Zahlung per Überweisung.", "PayPal akzeptiert."};
    DE.vivastreet = new String[] {"Kontakt über Vivastreet.", "Auch auf Vivastreet."};
    DE.otherPlatform =
        new String[] {
          "Schreib mir auf Telegram.", "Finde mich auf Instagram.", "Auch auf Leboncoin."
        };
    DE.contactLead = new String[] {"Kontakt:", "Ruf an:", "Erreichbar unter", "Info:"};
    DE.cryptoHidden =
        new String[] {
          "Bezahlung nur in digitalen Marken.", "Zahlung in digitalen Münzen an meine App."
        };
    DE.abroadHidden = new String[] {"Stellen jenseits der Grenze für motivierte Leute."};
    DE.cashHidden = new String[] {"Bezahlung in Scheinen, auf die Hand."};
    DE.bankHidden = new String[] {"Direkt auf Ihr Konto."};
    DE.telegramHidden = new String[] {"Schreib mir in der Papierflieger-App."};
    DE.cryptoLookalike =
        new String[] {"Verkaufe auch ein Buch über die Geschichte von Bitcoin, wie neu."};
    DE.abroadLookalike = new String[] {"Ich ziehe zum Arbeiten ins Ausland, alles muss weg."};
  }
}
