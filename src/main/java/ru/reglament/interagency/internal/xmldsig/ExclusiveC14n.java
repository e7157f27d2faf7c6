package ru.reglament.interagency.internal.xmldsig;

import java.io.ByteArrayOutputStream;
import org.apache.xml.security.Init;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.w3c.dom.Node;

/** Exclusive XML Canonicalization 1.0 without comments, by Apache Santuario. */
final class ExclusiveC14n {

    static final String ALGORITHM = Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS;

    static {
        Init.init();
    }

    private ExclusiveC14n() {
    }

    /**
     * The subtree's canonical bytes. Namespace declarations are taken from {@code xmlns} attributes, so
     * the document must carry them, as any parsed document does.
     */
    static byte[] of(Node subtree) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Canonicalizer.getInstance(ALGORITHM).canonicalizeSubtree(subtree, out);
            return out.toByteArray();
        } catch (XMLSecurityException e) {
            throw new IllegalStateException("Exclusive canonicalization failed: " + e.getMessage(), e);
        }
    }
}
