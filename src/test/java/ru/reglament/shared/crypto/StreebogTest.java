package ru.reglament.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_256Digest;
import org.bouncycastle.crypto.digests.GOST3411_2012_512Digest;
import org.junit.jupiter.api.Test;

/** Our Streebog gives the standard's examples and, for every input tried, exactly BouncyCastle's bytes. */
class StreebogTest {

    /**
     * RFC 6986 section 10, written as the RFC writes them: numbers, most significant digit first. The
     * hash functions' bytes are those numbers least significant byte first.
     */
    private static final String M1 = "3231303938373635343332313039383736353433323130393837363534333231"
            + "30393837363534333231303938373635343332313039383736353433323130";
    private static final String M2 = "fbe2e5f0eee3c820fbeafaebef20fffbf0e1e0f0f520e0ed20e8ece0ebe5f0f2f120fff0"
            + "eeec20f120faf2fee5e2202ce8f6f3ede220e8e6eee1e8f0f2d1202ce8f0f2e5e220e5d1";

    @Test
    void theStandardsExamples() {
        byte[] m1 = littleEndian(M1);
        assertThat(new String(m1, StandardCharsets.US_ASCII))
                .isEqualTo("012345678901234567890123456789012345678901234567890123456789012");
        assertThat(Streebog.digest512(m1)).as("H512(M1)").isEqualTo(littleEndian(
                "486f64c1917879417fef082b3381a4e211c324f074654c38823a7b76f830ad00"
                        + "fa1fbae42b1285c0352f227524bc9ab16254288dd6863dccd5b9f54a1ad0541b"));
        assertThat(Streebog.digest256(m1)).as("H256(M1)").isEqualTo(littleEndian(
                "00557be5e584fd52a449b16b0251d05d27f94ab76cbaa6da890b59d8ef1e159d"));

        byte[] m2 = littleEndian(M2);
        assertThat(new String(m2, Charset.forName("windows-1251")))
                .isEqualTo("Се ветри, Стрибожи внуци, веютъ с моря стрелами на храбрыя плъкы Игоревы");
        assertThat(Streebog.digest512(m2)).as("H512(M2)").isEqualTo(littleEndian(
                "28fbc9bada033b1460642bdcddb90c3fb3e56c497ccd0f62b8a2ad4935e85f03"
                        + "7613966de4ee00531ae60f3b5a47f8dae06915d5f2f194996fcabf2622e6881e"));
        assertThat(Streebog.digest256(m2)).as("H256(M2)").isEqualTo(littleEndian(
                "508f7e553c06501d749a66fc28c6cac0b005746d97537fa85d9e40904efed29d"));
    }

    @Test
    void bouncyCastlesBytesForRandomInputs() {
        Random random = new Random();
        List<Integer> lengths = shortAndBlockEdgeLengths();
        for (int i = 0; i < 300; i++) lengths.add(random.nextInt(10_001));
        for (int length : lengths) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertAgreesWithBouncyCastle(data, "random, " + length + " bytes");
        }
    }

    /** All ones carry through every word of Σ from the second block on. */
    @Test
    void bouncyCastlesBytesForAllOnes() {
        for (int length : shortAndBlockEdgeLengths()) {
            byte[] ones = new byte[length];
            Arrays.fill(ones, (byte) 0xff);
            assertAgreesWithBouncyCastle(ones, "0xFF × " + length);
        }
    }

    /** Every length up to 300, then a block's length ± 1 up to 160 blocks: the padding's 1 bit at each offset. */
    private static List<Integer> shortAndBlockEdgeLengths() {
        List<Integer> lengths = new ArrayList<>();
        for (int length = 0; length <= 300; length++) lengths.add(length);
        for (int blocks = 5; blocks <= 160; blocks++) lengths.addAll(List.of(64 * blocks - 1, 64 * blocks, 64 * blocks + 1));
        return lengths;
    }

    private static void assertAgreesWithBouncyCastle(byte[] data, String what) {
        assertThat(Streebog.digest256(data)).as("256, %s", what).isEqualTo(bouncyCastle(new GOST3411_2012_256Digest(), data));
        assertThat(Streebog.digest512(data)).as("512, %s", what).isEqualTo(bouncyCastle(new GOST3411_2012_512Digest(), data));
    }

    private static byte[] bouncyCastle(Digest digest, byte[] data) {
        digest.update(data, 0, data.length);
        byte[] hash = new byte[digest.getDigestSize()];
        digest.doFinal(hash, 0);
        return hash;
    }

    /** A number as the RFC writes it, least significant byte first. */
    private static byte[] littleEndian(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        for (int i = 0, j = bytes.length - 1; i < j; i++, j--) {
            byte swap = bytes[i];
            bytes[i] = bytes[j];
            bytes[j] = swap;
        }
        return bytes;
    }
}
