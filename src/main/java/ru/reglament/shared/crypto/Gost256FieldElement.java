package ru.reglament.shared.crypto;

import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.raw.Nat256;

/** An element of {@link Gost256Field}, immutable as BouncyCastle's field elements are. */
final class Gost256FieldElement extends ECFieldElement.AbstractFp {

    static final BigInteger Q = Nat256.toBigInteger(Gost256Field.P);

    final int[] x;

    Gost256FieldElement(BigInteger value) {
        if (value == null || value.signum() < 0 || value.compareTo(Q) >= 0) {
            throw new IllegalArgumentException("Not an element of the field modulo 2^256 - 617: " + value);
        }
        this.x = Nat256.fromBigInteger(value);
    }

    Gost256FieldElement(int[] x) {
        this.x = x;
    }

    @Override
    public boolean isZero() {
        return Nat256.isZero(x);
    }

    @Override
    public boolean isOne() {
        return Nat256.isOne(x);
    }

    @Override
    public boolean testBitZero() {
        return Nat256.getBit(x, 0) == 1;
    }

    @Override
    public BigInteger toBigInteger() {
        return Nat256.toBigInteger(x);
    }

    @Override
    public String getFieldName() {
        return "Gost256Field";
    }

    @Override
    public int getFieldSize() {
        return 256;
    }

    @Override
    public ECFieldElement add(ECFieldElement b) {
        int[] z = Nat256.create();
        Gost256Field.add(x, ((Gost256FieldElement) b).x, z);
        return new Gost256FieldElement(z);
    }

    @Override
    public ECFieldElement addOne() {
        int[] z = Nat256.create();
        Gost256Field.add(x, ONE_WORDS, z);
        return new Gost256FieldElement(z);
    }

    private static final int[] ONE_WORDS = {1, 0, 0, 0, 0, 0, 0, 0};

    @Override
    public ECFieldElement subtract(ECFieldElement b) {
        int[] z = Nat256.create();
        Gost256Field.subtract(x, ((Gost256FieldElement) b).x, z);
        return new Gost256FieldElement(z);
    }

    @Override
    public ECFieldElement multiply(ECFieldElement b) {
        int[] z = Nat256.create();
        Gost256Field.multiply(x, ((Gost256FieldElement) b).x, z, Nat256.createExt());
        return new Gost256FieldElement(z);
    }

    @Override
    public ECFieldElement divide(ECFieldElement b) {
        int[] z = Nat256.create();
        Gost256Field.invert(((Gost256FieldElement) b).x, z);
        Gost256Field.multiply(z, x, z, Nat256.createExt());
        return new Gost256FieldElement(z);
    }

    @Override
    public ECFieldElement negate() {
        int[] z = Nat256.create();
        Gost256Field.negate(x, z);
        return new Gost256FieldElement(z);
    }

    @Override
    public ECFieldElement square() {
        int[] z = Nat256.create();
        Gost256Field.square(x, z, Nat256.createExt());
        return new Gost256FieldElement(z);
    }

    @Override
    public ECFieldElement invert() {
        int[] z = Nat256.create();
        Gost256Field.invert(x, z);
        return new Gost256FieldElement(z);
    }

    /**
     * p ≡ 3 (mod 4), so a root is x^((p+1)/4) when there is one. Only decompressing a point needs it,
     * which signatures never do, hence plain BigInteger.
     */
    @Override
    public ECFieldElement sqrt() {
        BigInteger value = toBigInteger();
        BigInteger root = value.modPow(Q.add(BigInteger.ONE).shiftRight(2), Q);
        return root.multiply(root).mod(Q).equals(value) ? new Gost256FieldElement(root) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Gost256FieldElement element && Nat256.eq(x, element.x);
    }

    @Override
    public int hashCode() {
        return Q.hashCode() ^ Arrays.hashCode(x);
    }
}
