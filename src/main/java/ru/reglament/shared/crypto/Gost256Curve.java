package ru.reglament.shared.crypto;

import java.math.BigInteger;
import org.bouncycastle.math.ec.AbstractECLookupTable;
import org.bouncycastle.math.ec.ECConstants;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECLookupTable;
import org.bouncycastle.math.ec.ECPoint;

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
     * An entry is x then y in 64-bit words, half as many loads and masks as 32-bit ones.
     */
    @Override
    public ECLookupTable createCacheSafeLookupTable(ECPoint[] points, int offset, int length) {
        long[] table = new long[length * 8];
        for (int i = 0; i < length; i++) {
            ECPoint point = points[offset + i];
            pack(((Gost256FieldElement) point.getRawXCoord()).x, table, i * 8);
            pack(((Gost256FieldElement) point.getRawYCoord()).x, table, i * 8 + 4);
        }
        return new AbstractECLookupTable() {
            @Override
            public int getSize() {
                return length;
            }

            @Override
            public ECPoint lookup(int index) {
                long x0 = 0, x1 = 0, x2 = 0, x3 = 0, y0 = 0, y1 = 0, y2 = 0, y3 = 0;
                for (int i = 0, at = 0; i < length; i++, at += 8) {
                    long mask = ((i ^ index) - 1) >> 31;
                    x0 |= table[at] & mask;
                    x1 |= table[at + 1] & mask;
                    x2 |= table[at + 2] & mask;
                    x3 |= table[at + 3] & mask;
                    y0 |= table[at + 4] & mask;
                    y1 |= table[at + 5] & mask;
                    y2 |= table[at + 6] & mask;
                    y3 |= table[at + 7] & mask;
                }
                return affine(unpack(x0, x1, x2, x3), unpack(y0, y1, y2, y3));
            }

            @Override
            public ECPoint lookupVar(int index) {
                int at = index * 8;
                return affine(unpack(table[at], table[at + 1], table[at + 2], table[at + 3]),
                        unpack(table[at + 4], table[at + 5], table[at + 6], table[at + 7]));
            }
        };
    }

    private static void pack(int[] x, long[] into, int at) {
        for (int i = 0; i < 4; i++) {
            into[at + i] = (x[2 * i] & 0xFFFFFFFFL) | (long) x[2 * i + 1] << 32;
        }
    }

    private static int[] unpack(long w0, long w1, long w2, long w3) {
        return new int[] {(int) w0, (int) (w0 >>> 32), (int) w1, (int) (w1 >>> 32),
                (int) w2, (int) (w2 >>> 32), (int) w3, (int) (w3 >>> 32)};
    }

    private ECPoint affine(int[] x, int[] y) {
        return createRawPoint(new Gost256FieldElement(x), new Gost256FieldElement(y), AFFINE_ZS);
    }
}
