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
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.FixedPointUtil;
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
        List<BigInteger> values = new ArrayList<>(EDGES);
        while (values.size() < 400) values.add(new BigInteger(256, RANDOM).mod(P));
        for (BigInteger a : values) {
            int[] x = Nat256.fromBigInteger(a);
            assertThat(result(z -> Gost256Field.negate(x, z))).as("-%s", a).isEqualTo(a.negate().mod(P));
            assertThat(result(z -> Gost256Field.square(x, z, dirty()))).as("%s²", a).isEqualTo(a.multiply(a).mod(P));
            assertThat(result(z -> Gost256Field.twice(x, z))).as("2·%s", a).isEqualTo(a.shiftLeft(1).mod(P));
            if (a.signum() != 0) {
                assertThat(result(z -> Gost256Field.invert(x, z))).as("1/%s", a).isEqualTo(a.modInverse(P));
            }
            for (int i = 0; i < 20; i++) {
                BigInteger b = values.get(RANDOM.nextInt(values.size()));
                int[] y = Nat256.fromBigInteger(b);
                assertThat(result(z -> Gost256Field.add(x, y, z))).as("%s + %s", a, b).isEqualTo(a.add(b).mod(P));
                assertThat(result(z -> Gost256Field.subtract(x, y, z))).as("%s - %s", a, b).isEqualTo(a.subtract(b).mod(P));
                assertThat(result(z -> Gost256Field.multiply(x, y, z, dirty()))).as("%s · %s", a, b).isEqualTo(a.multiply(b).mod(P));
            }
        }
    }

    /**
     * Where reductions go wrong: around 0, around p (2^256 − 618 and up), around 2^256 (words of all ones,
     * not below p), 617 and its neighbours, and halves of the words.
     */
    private static final List<BigInteger> EDGES = List.of(BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
            P.subtract(BigInteger.ONE), P.subtract(BigInteger.TWO), P.subtract(BigInteger.valueOf(617)),
            BigInteger.valueOf(617), BigInteger.valueOf(616), BigInteger.valueOf(618), BigInteger.ONE.shiftLeft(255),
            BigInteger.ONE.shiftLeft(256).subtract(BigInteger.valueOf(1234)), BigInteger.ONE.shiftLeft(128),
            BigInteger.ONE.shiftLeft(224).subtract(BigInteger.ONE), BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE),
            P.shiftRight(1), P.shiftRight(1).add(BigInteger.ONE), new BigInteger("FFFFFFFF", 16).shiftLeft(224));

    @Test
    void productsOfEdgeValuesAreReducedBelowP() {
        for (BigInteger a : EDGES) {
            for (BigInteger b : EDGES) {
                int[] x = Nat256.fromBigInteger(a), y = Nat256.fromBigInteger(b);
                assertThat(result(z -> Gost256Field.multiply(x, y, z, dirty()))).as("%s · %s", a, b).isEqualTo(a.multiply(b).mod(P));
                assertThat(result(z -> Gost256Field.add(x, y, z))).as("%s + %s", a, b).isEqualTo(a.add(b).mod(P));
                assertThat(result(z -> Gost256Field.subtract(x, y, z))).as("%s - %s", a, b).isEqualTo(a.subtract(b).mod(P));
            }
            // The result may be written over an operand.
            int[] x = Nat256.fromBigInteger(a);
            Gost256Field.square(x, x, dirty());
            assertThat(Nat256.toBigInteger(x)).as("%s² in place", a).isEqualTo(a.multiply(a).mod(P));
            Gost256Field.multiply(x, x, x, dirty());
            assertThat(Nat256.toBigInteger(x)).as("%s⁴ in place", a).isEqualTo(a.pow(4).mod(P));
        }
    }

    /** A scratch array left with something in it, as a point operation's is after its first product. */
    private static int[] dirty() {
        int[] tt = Nat256.createExt();
        for (int i = 0; i < tt.length; i++) tt[i] = RANDOM.nextInt();
        return tt;
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

    /** twicePlus's co-Z way, and its ways out, against doubling and adding on BouncyCastle's curve. */
    @Test
    void twicePlusIsTwiceThenAdd() {
        ECDomainParameters generic = paramSetA();
        ECCurve fast = GostCurves.fast(generic).getCurve();
        for (int i = 0; i < 30; i++) {
            // Multiples straight from a multiplier are Jacobian (Z ≠ 1); normalised ones are affine.
            ECPoint p = toFast(fast, generic.getG().multiply(randomScalar(generic))).twice();
            ECPoint b = toFast(fast, generic.getG().multiply(randomScalar(generic))).twice();
            for (ECPoint[] pair : new ECPoint[][] {{p, b}, {p, b.normalize()}, {p.normalize(), b}, {p.normalize(), b.normalize()},
                    {p, p}, {p, p.normalize()}, {p, p.negate()}, {p, p.twice().negate()}, {p, fast.getInfinity()},
                    {fast.getInfinity(), b}}) {
                ECPoint expected = toGeneric(generic, pair[0]).twice().add(toGeneric(generic, pair[1]));
                assertSame(pair[0].twicePlus(pair[1]), expected, "2·p + b");
                assertSame(pair[0].twice().add(pair[1]), expected, "p + p + b");
            }
        }
    }

    @Test
    void theConstantTimeLookupFindsWhatTheDirectOneDoes() {
        ECDomainParameters fast = GostCurves.fast(paramSetA());
        ECPoint[] points = new ECPoint[64];
        for (int i = 0; i < points.length; i++) points[i] = fast.getG().multiply(BigInteger.valueOf(i + 1)).normalize();
        ECLookupTable table = fast.getCurve().createCacheSafeLookupTable(points, 0, points.length);
        ECLookupTable part = fast.getCurve().createCacheSafeLookupTable(points, 5, 20);
        for (int i = 0; i < points.length; i++) {
            assertThat(table.lookup(i)).as("lookup(%d)", i).isEqualTo(points[i]);
            assertThat(table.lookupVar(i)).as("lookupVar(%d)", i).isEqualTo(points[i]);
        }
        for (int i = 0; i < 20; i++) {
            assertThat(part.lookup(i)).as("lookup(%d) from 5", i).isEqualTo(points[5 + i]);
            assertThat(part.lookupVar(i)).as("lookupVar(%d) from 5", i).isEqualTo(points[5 + i]);
        }
    }

    /**
     * The base point for verifying and the public keys carry combs of 8 bits, which both of BouncyCastle's
     * comb multipliers take for their own; the base point for signing keeps BouncyCastle's 6.
     */
    @Test
    void widerCombsOfPublicPointsGiveTheSameMultiples() {
        ECDomainParameters generic = paramSetA();
        BigInteger d = randomScalar(generic);
        ECPublicKeyParameters publicKey = new ECPublicKeyParameters(generic.getG().multiply(d).normalize(), generic);
        ECPublicKeyParameters fastKey = GostCurves.fast(publicKey);
        ECPoint g = fastKey.getParameters().getG(), q = fastKey.getQ();
        assertThat(FixedPointUtil.precompute(g).getWidth()).isEqualTo(GostCurves.VERIFYING_COMB_WIDTH);
        assertThat(FixedPointUtil.precompute(q).getWidth()).isEqualTo(GostCurves.VERIFYING_COMB_WIDTH);
        assertThat(FixedPointUtil.precompute(GostCurves.fast(generic).getG()).getWidth()).as("signing").isEqualTo(6);

        BigInteger n = generic.getN();
        List<BigInteger> scalars = new ArrayList<>(List.of(BigInteger.ONE, BigInteger.TWO, n.subtract(BigInteger.ONE),
                BigInteger.ONE.shiftLeft(FixedPointUtil.getCombSize(g.getCurve())).subtract(BigInteger.ONE)));
        while (scalars.size() < 40) scalars.add(randomScalar(generic));
        for (BigInteger k : scalars) {
            BigInteger l = randomScalar(generic);
            assertSame(new FixedPointCombMultiplier().multiply(g, k), generic.getG().multiply(k), "k·G, k = " + k);
            assertSame(new FixedPointCombMultiplier().multiply(q, k), publicKey.getQ().multiply(k), "k·Q, k = " + k);
            // After a few calls both points are promoted to the two-point comb.
            assertSame(ECAlgorithms.sumOfTwoMultiplies(g, k, q, l),
                    ECAlgorithms.sumOfTwoMultiplies(generic.getG(), k, publicKey.getQ(), l), "k·G + l·Q, k = " + k);
            assertSame(ECAlgorithms.sumOfTwoMultiplies(g, l, q, k),
                    ECAlgorithms.sumOfTwoMultiplies(generic.getG(), l, publicKey.getQ(), k), "l·G + k·Q, k = " + k);
        }
    }

    @Test
    void signaturesOfEitherVerifyWithTheOther() {
        ECDomainParameters generic = paramSetA();
        BigInteger d = randomScalar(generic);
        ECPrivateKeyParameters privateKey = new ECPrivateKeyParameters(d, generic);
        ECPublicKeyParameters publicKey = new ECPublicKeyParameters(generic.getG().multiply(d).normalize(), generic);
        ECPrivateKeyParameters fastPrivateKey = GostCurves.fast(privateKey);
        ECPublicKeyParameters fastPublicKey = GostCurves.fast(publicKey);
        byte[] hash = new byte[32];
        for (int i = 0; i < 40; i++) {
            RANDOM.nextBytes(hash);
            BigInteger[] byFast = sign(fastPrivateKey, hash);
            assertThat(verify(publicKey, hash, byFast)).as("fast signature, generic verification").isTrue();
            assertThat(verify(fastPublicKey, hash, byFast)).as("fast signature, fast verification").isTrue();
            BigInteger[] byGeneric = sign(privateKey, hash);
            assertThat(verify(fastPublicKey, hash, byGeneric)).as("generic signature, fast verification").isTrue();
            hash[0] ^= 1;
            assertThat(verify(fastPublicKey, hash, byGeneric)).as("another hash").isFalse();
            assertThat(verify(fastPublicKey, hash, byFast)).as("another hash").isFalse();
        }
    }

    private static ECDomainParameters paramSetA() {
        return new ECDomainParameters(ECGOST3410NamedCurves.getByNameX9("Tc26-Gost-3410-12-256-paramSetA"));
    }

    private static BigInteger randomScalar(ECDomainParameters domain) {
        return new BigInteger(domain.getN().bitLength(), RANDOM).mod(domain.getN().subtract(BigInteger.ONE)).add(BigInteger.ONE);
    }

    private static ECPoint toFast(ECCurve fast, ECPoint point) {
        point = point.normalize();
        return fast.createPoint(point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
    }

    private static ECPoint toGeneric(ECDomainParameters generic, ECPoint point) {
        if (point.isInfinity()) return generic.getCurve().getInfinity();
        point = point.normalize();
        return generic.getCurve().createPoint(point.getAffineXCoord().toBigInteger(), point.getAffineYCoord().toBigInteger());
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
