package ru.reglament.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.cryptopro.ECGOST3410NamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECGOST3410_2012Signer;
import org.bouncycastle.math.ec.ECAlgorithms;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.raw.Nat256;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The fast arithmetic gives exactly what BouncyCastle's generic curve gives, and their signatures verify each other. */
class GostCurvesTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final BigInteger P = Gost256FieldElement.Q;

    @Test
    void theFieldAgreesWithBigIntegerArithmetic() {
        List<BigInteger> values = new ArrayList<>(List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                P.subtract(BigInteger.ONE), P.subtract(BigInteger.TWO), BigInteger.valueOf(617), BigInteger.valueOf(616),
                BigInteger.ONE.shiftLeft(255), BigInteger.ONE.shiftLeft(256).subtract(BigInteger.valueOf(1234))));
        while (values.size() < 400) values.add(new BigInteger(256, RANDOM).mod(P));
        for (BigInteger a : values) {
            int[] x = Nat256.fromBigInteger(a);
            assertThat(result(z -> Gost256Field.negate(x, z))).as("-%s", a).isEqualTo(a.negate().mod(P));
            assertThat(result(z -> Gost256Field.square(x, z))).as("%s²", a).isEqualTo(a.multiply(a).mod(P));
            assertThat(result(z -> Gost256Field.twice(x, z))).as("2·%s", a).isEqualTo(a.shiftLeft(1).mod(P));
            if (a.signum() != 0) {
                assertThat(result(z -> Gost256Field.invert(x, z))).as("1/%s", a).isEqualTo(a.modInverse(P));
            }
            for (int i = 0; i < 20; i++) {
                BigInteger b = values.get(RANDOM.nextInt(values.size()));
                int[] y = Nat256.fromBigInteger(b);
                assertThat(result(z -> Gost256Field.add(x, y, z))).as("%s + %s", a, b).isEqualTo(a.add(b).mod(P));
                assertThat(result(z -> Gost256Field.subtract(x, y, z))).as("%s - %s", a, b).isEqualTo(a.subtract(b).mod(P));
                assertThat(result(z -> Gost256Field.multiply(x, y, z))).as("%s · %s", a, b).isEqualTo(a.multiply(b).mod(P));
            }
        }
    }

    private interface Operation {
        void into(int[] z);
    }

    private static BigInteger result(Operation operation) {
        int[] z = Nat256.create();
        operation.into(z);
        BigInteger value = Nat256.toBigInteger(z);
        assertThat(value).as("reduced below p").isLessThan(P);
        return value;
    }

    /** paramSetA (a ≠ −3, cofactor 4, the test CA's) and CryptoPro-A (a = −3), both on p = 2^256 − 617. */
    @ParameterizedTest
    @ValueSource(strings = {"Tc26-Gost-3410-12-256-paramSetA", "GostR3410-2001-CryptoPro-A"})
    void multiplesOfPointsAreBouncyCastlesOwn(String curve) {
        ECDomainParameters generic = new ECDomainParameters(ECGOST3410NamedCurves.getByNameX9(curve));
        ECDomainParameters fast = GostCurves.fast(generic);
        assertThat(fast.getCurve()).isInstanceOf(Gost256Curve.class).isEqualTo(generic.getCurve());
        assertThat(GostCurves.fast(generic)).as("one per curve").isSameAs(fast);

        List<BigInteger> scalars = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, BigInteger.valueOf(3),
                generic.getN().subtract(BigInteger.ONE), generic.getN().subtract(BigInteger.TWO)));
        while (scalars.size() < 40) scalars.add(new BigInteger(generic.getN().bitLength(), RANDOM).mod(generic.getN()));
        ECPoint q = generic.getG().multiply(new BigInteger(200, RANDOM)).normalize();
        ECPoint fastQ = fast.getCurve().createPoint(q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger());
        for (BigInteger k : scalars) {
            assertSame(new FixedPointCombMultiplier().multiply(fast.getG(), k),
                    new FixedPointCombMultiplier().multiply(generic.getG(), k), "k·G, k = " + k);
            assertSame(fastQ.multiply(k), q.multiply(k), "k·Q, k = " + k);
            BigInteger l = new BigInteger(256, RANDOM).mod(generic.getN());
            assertSame(ECAlgorithms.sumOfTwoMultiplies(fast.getG(), k, fastQ, l),
                    ECAlgorithms.sumOfTwoMultiplies(generic.getG(), k, q, l), "k·G + l·Q, k = " + k);
        }
        assertThat(new FixedPointCombMultiplier().multiply(fast.getG(), generic.getN()).isInfinity()).as("n·G").isTrue();
        assertThat(fastQ.add(fastQ.negate()).isInfinity()).as("Q − Q").isTrue();
        assertSame(fastQ.add(fastQ), q.twice(), "Q + Q");
    }

    private static void assertSame(ECPoint fast, ECPoint generic, String what) {
        fast = fast.normalize();
        generic = generic.normalize();
        assertThat(fast.isInfinity()).as(what).isEqualTo(generic.isInfinity());
        if (generic.isInfinity()) return;
        assertThat(fast.getAffineXCoord().toBigInteger()).as(what + ": x").isEqualTo(generic.getAffineXCoord().toBigInteger());
        assertThat(fast.getAffineYCoord().toBigInteger()).as(what + ": y").isEqualTo(generic.getAffineYCoord().toBigInteger());
    }

    @Test
    void signaturesOfEitherVerifyWithTheOther() {
        ECDomainParameters generic = new ECDomainParameters(ECGOST3410NamedCurves.getByNameX9("Tc26-Gost-3410-12-256-paramSetA"));
        BigInteger d = new BigInteger(256, RANDOM).mod(generic.getN());
        ECPrivateKeyParameters privateKey = new ECPrivateKeyParameters(d, generic);
        ECPublicKeyParameters publicKey = new ECPublicKeyParameters(generic.getG().multiply(d).normalize(), generic);
        byte[] hash = new byte[32];
        for (int i = 0; i < 10; i++) {
            RANDOM.nextBytes(hash);
            BigInteger[] byFast = sign(GostCurves.fast(privateKey), hash);
            assertThat(verify(publicKey, hash, byFast)).as("fast signature, generic verification").isTrue();
            BigInteger[] byGeneric = sign(privateKey, hash);
            assertThat(verify(GostCurves.fast(publicKey), hash, byGeneric)).as("generic signature, fast verification").isTrue();
            hash[0] ^= 1;
            assertThat(verify(GostCurves.fast(publicKey), hash, byGeneric)).as("another hash").isFalse();
        }
    }

    @Test
    void curvesOnAnotherPrimeStayAsTheyAre() {
        ECDomainParameters other = new ECDomainParameters(ECGOST3410NamedCurves.getByNameX9("GostR3410-2001-CryptoPro-B"));
        assertThat(GostCurves.fast(other)).isSameAs(other);
    }

    private static BigInteger[] sign(ECPrivateKeyParameters key, byte[] hash) {
        ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();
        signer.init(true, new ParametersWithRandom(key, RANDOM));
        return signer.generateSignature(hash);
    }

    private static boolean verify(ECPublicKeyParameters key, byte[] hash, BigInteger[] rs) {
        ECGOST3410_2012Signer signer = new ECGOST3410_2012Signer();
        signer.init(false, key);
        return signer.verifySignature(hash, rs[0], rs[1]);
    }
}
