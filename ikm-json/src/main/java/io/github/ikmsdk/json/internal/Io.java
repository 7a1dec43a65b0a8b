package io.github.ikmsdk.json.internal;

import io.github.ikmsdk.json.ReadLimits;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/** Factories of parsers and generators configured for the contract. */
public final class Io {

  private Io() {}

  /**
   * Returns a JSON factory enforcing the limits.
   *
   * @param limits the limits
   * @param closeStreams whether parsers and generators close the streams they are given
   */
  public static JsonFactory factory(ReadLimits limits, boolean closeStreams) {
    return JsonFactory.builder()
        .configure(StreamReadFeature.AUTO_CLOSE_SOURCE, closeStreams)
        .configure(StreamWriteFeature.AUTO_CLOSE_TARGET, closeStreams)
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxDocumentLength(limits.maxDocumentLength())
                .build())
        .build();
  }

  /** Returns the write context: two-space indentation and {@code \n} line ends, or compact. */
  public static ObjectWriteContext writeContext(boolean indent) {
    if (!indent) {
      return ObjectWriteContext.empty();
    }
    return new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
  }
}
