package ru.reglament.documents;

import java.io.InputStream;
import java.util.List;
import ru.reglament.access.Actor;
import ru.reglament.applications.OpenCard;

/**
 * The «Документы» of an application, for the staff who read it in full: listed, added by its
 * organisation's working roles while it is open, downloaded (checked against their SHA-256 first),
 * and deleted by whoever added them while it is open (the row and the file stay for audit).
 */
public interface ApplicationDocuments {

    /** The rule an upload breaks when its content is of a type the platform does not take. */
    String TYPE_NOT_ALLOWED = "file.type";

    /** The kind of upload limit ({@code reglament.files.limits.application-document}). */
    String UPLOAD_LIMIT = "application-document";

    List<ApplicationDocument> of(long applicationId, Actor actor);

    /** The types the application's service expects, code → name, in the order to offer them. */
    List<DocumentType> typesFor(long applicationId, Actor actor);

    /** The same by the service's code, for a page that has the application at hand. */
    List<DocumentType> typesOfService(String serviceCode);

    /**
     * Whether the caller may add documents to the application now (a working role, the application open),
     * from a card already opened: the card page asks without a query of its own.
     */
    boolean mayAdd(OpenCard opened, Actor actor);

    /**
     * Adds a document. Its content type is told by its content, not its name; a type not allowed, a
     * size over the limit or an unknown document type is refused and nothing is stored.
     *
     * @param declaredSize the size the upload declared, or -1
     */
    ApplicationDocument upload(long applicationId, DocumentDetails details, String fileName, InputStream content,
            long declaredSize, Actor actor);

    /** The document and its checked content, to stream to the caller. */
    Download download(long applicationId, long documentId, Actor actor);

    void delete(long applicationId, long documentId, Actor actor);

    record DocumentType(String code, String name) {
    }

    record Download(ApplicationDocument document, InputStream content) {
    }
}
