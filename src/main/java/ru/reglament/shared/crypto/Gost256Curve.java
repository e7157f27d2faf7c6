package ru.reglament.shared.crypto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.AbstractECLookupTable;
import org.bouncycastle.math.ec.ECConstants;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;

/**
 * y² = x³ + ax + b over {@link Gost256Field}, in Jacobian coordinates: the same curve BouncyCastle's
 * generic {@code ECCurve.Fp} describes for these parameters (it compares equal to it), on fixed-width
 * arithmetic instead of {@link BigInteger}.
 */
final class Gost256Curve extends ECCurve.AbstractFp {

    private static final ECFieldElement[] AFFINE_ZS = {new Gost256FieldElement(ECConstants.ONE)};

    private final Gost256Point infinity;

    Gost256Curve(BigInteger a, BigInteger b, BigInteger order, BigInteger cofactor) {
        super(Gost256FieldElement.Q);
        this.infinity = new Gost256Point(this, null, null);
        this.a = fromBigInteger(a);
        this.b = fromBigInteger(b);
        this.order = order;
        this.cofactor = cofactor;
        this.coord = COORD_JACOBIAN;
    }

    @Override
    protected ECCurve cloneCurve() {
        return new Gost256Curve(a.toBigInteger(), b.toBigInteger(), order, cofactor);
    }

    @Override
    public boolean supportsCoordinateSystem(int coordinateSystem) {
        return coordinateSystem == COORD_JACOBIAN;
    }

    @Override
    public int getFieldSize() {
        return 256;
    }

    @Override
    public ECFieldElement fromBigInteger(BigInteger x) {
        return new Gost256FieldElement(x);
    }

    @Override
    protected ECPoint createRawPoint(ECFieldElement x, ECFieldElement y) {
        return new Gost256Point(this, x, y);
    }

    @Override
    protected ECPoint createRawPoint(ECFieldElement x, ECFieldElement y, ECFieldElement[] zs) {
        return new Gost256Point(this, x, y, zs);
    }

    @Override
    public ECPoint getInfinity() {
        return infinity;
    }

    /**
     * The fixed-point multiplier's table (normalised points), read in constant time: every entry is
     * touched and the wanted one kept by a mask, so the secret scalar's digits leave no trace in timing.
     */
    @Override
    public ECLookupTable createCacheSafeLookupTable(ECPoint[] points, int offset, int length) {
        int[] table = new int[length * 16];
        for (int i = 0; i < length; i++) {
            ECPoint point = points[offset + i];
            System.arraycopy(((Gost256FieldElement) point.getRawXCoord()).x, 0, table, i * 16, 8);
            System.arraycopy(((Gost256FieldElement) point.getRawYCoord()).x, 0, table, i * 16 + 8, 8);
        }
        return new AbstractECLookupTable() {
            @Override
            public int getSize() {
                return length;
            }

            @Override
            public ECPoint lookup(int index) {
                int[] x = Nat256.create(), y = Nat256.create();
                for (int i = 0, at = 0; i < length; i++, at += 16) {
                    int mask = ((i ^ index) - 1) >> 31;
                    for (int j = 0; j < 8; j++) {
                        x[j] ^= table[at + j] & mask;
                        y[j] ^= table[at + 8 + j] & mask;
                    }
                }
                return affine(x, y);
            }

            @Override
            public ECPoint lookupVar(int index) {
                int[] x = Nat256.create(), y = Nat256.create();
                System.arraycopy(table, index * 16, x, 0, 8);
                System.arraycopy(table, index * 16 + 8, y, 0, 8);
                return affine(x, y);
            }
        };
    }

    private ECPoint affine(int[] x, int[] y) {
        return createRawPoint(new Gost256FieldElement(x), new Gost256FieldElement(y), AFFINE_ZS);
    }
}
