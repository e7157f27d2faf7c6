package ru.reglament.signatures.internal;

import static ru.reglament.signatures.SignatureRejectedException.*;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import ru.reglament.signatures.SignatureRejectedException;

/** Every rejection with its Russian wording, in one place so the texts stay consistent. */
public final class Rejections {

    // Officials across Russia read these; Moscow time with an explicit label is the usual convention.
    private static final DateTimeFormatter MOSCOW_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm 'МСК'").withZone(ZoneId.of("Europe/Moscow"));

    private Rejections() {
    }

    public static SignatureRejectedException badBase64(Throwable cause) {
        return new SignatureRejectedException(FORMAT,
                "Подпись передана в неверном формате: ожидается файл подписи в кодировке Base64", cause);
    }

    public static SignatureRejectedException notCms(Throwable cause) {
        return new SignatureRejectedException(FORMAT,
                "Файл подписи повреждён или не является подписью CMS (CAdES)", cause);
    }

    public static SignatureRejectedException signerCount(int count) {
        return new SignatureRejectedException(SIGNER_COUNT, count == 0
                ? "Файл подписи не содержит ни одной подписи"
                : "Файл подписи содержит несколько подписей (" + count + "), ожидается одна");
    }

    public static SignatureRejectedException certificateMissing() {
        return new SignatureRejectedException(CERTIFICATE_MISSING,
                "В файле подписи нет сертификата подписанта");
    }

    public static SignatureRejectedException unsupportedAlgorithm(String algorithm) {
        return new SignatureRejectedException(UNSUPPORTED_ALGORITHM,
                "Алгоритм подписи не поддерживается (" + algorithm + "); используйте ГОСТ Р 34.10-2012");
    }

    public static SignatureRejectedException contentMismatch() {
        return new SignatureRejectedException(CONTENT_MISMATCH,
                "Подпись сделана не над текущим проектом решения");
    }

    public static SignatureRejectedException invalid(Throwable cause) {
        return new SignatureRejectedException(INVALID,
                "Подпись недействительна: подпись или подписанные данные были изменены", cause);
    }

    /** Without signed attributes there is no message digest to tell "other document" from "damaged". */
    public static SignatureRejectedException invalidOrOtherContent() {
        return new SignatureRejectedException(INVALID,
                "Подпись недействительна: она повреждена или сделана над другим документом");
    }

    public static SignatureRejectedException certificateMismatch() {
        return new SignatureRejectedException(CERTIFICATE_MISMATCH,
                "Сертификат в файле подписи не совпадает с сертификатом, указанным в самой подписи");
    }

    public static SignatureRejectedException signingTimeInFuture(Instant signingTime) {
        return new SignatureRejectedException(SIGNING_TIME_IN_FUTURE,
                "Время подписания (" + MOSCOW_TIME.format(signingTime)
                        + ") позже текущего времени: проверьте часы на компьютере подписанта");
    }

    public static SignatureRejectedException expired(Instant notAfter, Instant at) {
        return new SignatureRejectedException(CERTIFICATE_EXPIRED,
                "Срок действия сертификата подписи истёк " + MOSCOW_TIME.format(notAfter)
                        + ", подпись сделана " + MOSCOW_TIME.format(at));
    }

    public static SignatureRejectedException notYetValid(Instant notBefore, Instant at) {
        return new SignatureRejectedException(CERTIFICATE_NOT_YET_VALID,
                "Сертификат подписи начинает действовать " + MOSCOW_TIME.format(notBefore)
                        + ", а подпись сделана раньше, " + MOSCOW_TIME.format(at));
    }

    public static SignatureRejectedException notForSigning() {
        return new SignatureRejectedException(CERTIFICATE_NOT_FOR_SIGNING,
                "Сертификат не предназначен для электронной подписи");
    }

    public static SignatureRejectedException untrusted(String issuerName) {
        return new SignatureRejectedException(CERTIFICATE_UNTRUSTED,
                "Сертификат подписи выдан недоверенным удостоверяющим центром «" + issuerName + "»");
    }
}
