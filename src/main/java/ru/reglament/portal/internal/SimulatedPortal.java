package ru.reglament.portal.internal;

import java.io.ByteArrayInputStream;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import ru.reglament.files.FileStore;
import ru.reglament.files.StoredFile;
import ru.reglament.interagency.SimulatedProvider;
import ru.reglament.interagency.SmevChannel;

/**
 * The portal's status API behind the SMEV simulator, for the demo and the tests: it takes each
 * {@code ElkOrderRequest} as ЕЛК would (the order's history grows by the status, its comment and its
 * files, each file kept with its signature), answers {@code ElkOrderResponse} with code 0, and gives
 * every order it hears of an access code for the cabinet page. A file named in the history but not
 * sent is refused (InvalidContent), and nothing is kept.
 */
@Component
@ConditionalOnProperty(name = "reglament.portal.simulator.enabled", havingValue = "true")
class SimulatedPortal implements SimulatedProvider {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Clock clock;

    SimulatedPortal(JdbcClient jdbc, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    @Override
    public String namespace() {
        return ElkMessages.NAMESPACE;
    }

    @Override
    public String rootElement() {
        return ElkMessages.REQUEST;
    }

    @Override
    public String recipient() {
        return "ЕПГУ (ЕЛК)";
    }

    @Override
    public String answer(UUID messageId, String businessXml, List<SmevChannel.Attachment> attachments) {
        List<ElkMessages.StatusUpdate> updates = ElkMessages.readUpdate(businessXml);
        Map<String, SmevChannel.Attachment> byId = attachments.stream()
                .collect(Collectors.toMap(SmevChannel.Attachment::contentId, Function.identity(), (a, b) -> a));
        for (ElkMessages.StatusUpdate update : updates) {
            for (ElkMessages.AttachmentRef ref : update.attachments()) {
                if (!byId.containsKey(ref.fsUuid())) {
                    throw new IllegalArgumentException("Attachment " + ref.fsUuid() + " is named but not sent");
                }
            }
        }
        Instant now = clock.instant();
        for (ElkMessages.StatusUpdate update : updates) record(messageId, update, byId, now);
        return ElkMessages.response(new ElkMessages.Response(ElkMessages.OK, "OK"));
    }

    private void record(UUID messageId, ElkMessages.StatusUpdate update, Map<String, SmevChannel.Attachment> attachments,
            Instant now) {
        jdbc.sql("""
                insert into portal_simulator_order (order_number, access_code, first_seen_at) values (?, ?, ?)
                on conflict (order_number) do nothing""")
                .params(update.orderNumber(), newAccessCode(), Timestamp.from(now)).update();
        long statusId = jdbc.sql("""
                insert into portal_simulator_status (order_number, message_id, elk_status, status_date, comment, received_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(update.orderNumber(), messageId, update.status(), Timestamp.from(update.date()), update.comment(),
                        Timestamp.from(now))
                .query(Long.class).single();
        for (ElkMessages.AttachmentRef ref : update.attachments()) {
            SmevChannel.Attachment attachment = attachments.get(ref.fsUuid());
            StoredFile file = files.put(new ByteArrayInputStream(attachment.content()), attachment.mimeType());
            String signature = attachment.signaturePkcs7() == null ? null : files.put(attachment.signaturePkcs7()).key();
            jdbc.sql("""
                    insert into portal_simulator_attachment (status_id, content_id, doc_type, mime_type, file_key, file_size,
                        signature_key)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(statusId, ref.fsUuid(), ref.docTypeId(), attachment.mimeType(), file.key(), file.size(), signature)
                    .update();
        }
    }

    /** A status of an order as the portal keeps it, with its files. */
    record KeptStatus(long id, int code, Instant date, String comment, List<KeptFile> files) {
    }

    /** A file of a status: the stored file and its detached signature's (null when it came unsigned). */
    record KeptFile(String contentId, String docType, String mimeType, String fileKey, long size, String signatureKey) {
    }

    /** The order's statuses in the order of their dates, as the cabinet lists them. */
    List<KeptStatus> statuses(String orderNumber) {
        Map<Long, List<KeptFile>> files = new LinkedHashMap<>();
        jdbc.sql("""
                select a.status_id, a.content_id, a.doc_type, a.mime_type, a.file_key, a.file_size, a.signature_key
                from portal_simulator_attachment a join portal_simulator_status s on s.id = a.status_id
                where s.order_number = ? order by a.status_id""")
                .param(orderNumber)
                .query((rs, n) -> Map.entry(rs.getLong("status_id"), new KeptFile(rs.getString("content_id"),
                        rs.getString("doc_type"), rs.getString("mime_type"), rs.getString("file_key"),
                        rs.getLong("file_size"), rs.getString("signature_key"))))
                .list().forEach(e -> files.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        return jdbc.sql("""
                select id, elk_status, status_date, comment from portal_simulator_status
                where order_number = ? order by status_date, id""")
                .param(orderNumber)
                .query((rs, n) -> new KeptStatus(rs.getLong("id"), rs.getInt("elk_status"),
                        rs.getTimestamp("status_date").toInstant(), rs.getString("comment"),
                        files.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    /** One file of one status of the order. */
    Optional<KeptFile> file(String orderNumber, long statusId, String contentId) {
        return statuses(orderNumber).stream().filter(s -> s.id() == statusId).flatMap(s -> s.files().stream())
                .filter(f -> f.contentId().equals(contentId)).findFirst();
    }

    /** The access code of an order the portal has heard of. */
    Optional<String> accessCode(String orderNumber) {
        return jdbc.sql("select access_code from portal_simulator_order where order_number = ?").param(orderNumber)
                .query(String.class).optional();
    }

    private static String newAccessCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        return new String(code);
    }
}
