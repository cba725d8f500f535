package org.modus.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What Spark ships to executors: only the small options object (and, with a classifier, a broadcast
 * handle), and it survives serialization.
 */
class ExtractPartitionTest {

  @Test
  void thePartitionFunctionRoundTripsThroughJavaSerializationAndStaysSmall() throws Exception {
    NlpOptions options = NlpOptions.fromConfig(Map.of("annotators", "pos"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new ExtractJob.ExtractPartition(options, null, null));
    }
    assertEquals(
        true,
        bytes.size() < 2_000,
        "serialized size "
            + bytes.size()
            + " bytes: no lexicon or pipeline may travel with the function");
    Object back;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertEquals(ExtractJob.ExtractPartition.class, back.getClass());
  }

  @Test
  void oneExtractorPerJvmAndOptionSet() {
    NlpOptions defaults = NlpOptions.defaults();
    assertEquals(
        true,
        ExtractJob.Extractors.get(defaults)
            == ExtractJob.Extractors.get(NlpOptions.fromConfig(Map.of())));
  }
}
