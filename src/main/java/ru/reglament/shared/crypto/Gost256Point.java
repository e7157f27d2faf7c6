package ru.reglament.shared.crypto;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;

/**
 * A point of a {@link Gost256Curve} in Jacobian coordinates (x = X/Z², y = Y/Z³), with the
 * formulas for any a: paramSetA's a is not −3. Additions take the shorter way when a point is
 * affine (Z = 1), as the precomputed tables of the base point are.
 */
final class Gost256Point extends ECPoint.AbstractFp {

    Gost256Point(ECCurve curve, ECFieldElement x, ECFieldElement y) {
        super(curve, x, y);
    }

    Gost256Point(ECCurve curve, ECFieldElement x, ECFieldElement y, ECFieldElement[] zs) {
        super(curve, x, y, zs);
    }

    @Override
    protected ECPoint detach() {
        return new Gost256Point(null, getAffineXCoord(), getAffineYCoord());
    }

    @Override
    public ECPoint add(ECPoint b) {
        if (isInfinity()) return b;
        if (b.isInfinity()) return this;
        if (this == b) return twice();

        int[] x1 = words(x), y1 = words(y), z1 = words(zs[0]);
        int[] x2 = words(b.getRawXCoord()), y2 = words(b.getRawYCoord()), z2 = words(b.getZCoord(0));
        boolean z1IsOne = Nat256.isOne(z1), z2IsOne = Nat256.isOne(z2);

        // u1 = x1·z2², s1 = y1·z2³; u2 = x2·z1², s2 = y2·z1³
        int[][] us1 = z2IsOne ? new int[][] {x1, y1} : scaled(x1, y1, z2);
        int[][] us2 = z1IsOne ? new int[][] {x2, y2} : scaled(x2, y2, z1);
        int[] u1 = us1[0], s1 = us1[1], u2 = us2[0], s2 = us2[1];
        int[] h = Nat256.create(), r = Nat256.create();
        Gost256Field.subtract(u2, u1, h);
        Gost256Field.subtract(s2, s1, r);
        if (Nat256.isZero(h)) {
            return Nat256.isZero(r) ? twice() : curve.getInfinity();
        }
        int[] hh = Nat256.create(), hhh = Nat256.create(), v = Nat256.create();
        Gost256Field.square(h, hh);
        Gost256Field.multiply(hh, h, hhh);
        Gost256Field.multiply(u1, hh, v);

        // x3 = r² − h³ − 2v; y3 = r·(v − x3) − s1·h³; z3 = z1·z2·h
        int[] x3 = Nat256.create(), y3 = Nat256.create(), z3 = Nat256.create(), t = Nat256.create();
        Gost256Field.square(r, x3);
        Gost256Field.subtract(x3, hhh, x3);
        Gost256Field.twice(v, t);
        Gost256Field.subtract(x3, t, x3);
        Gost256Field.subtract(v, x3, y3);
        Gost256Field.multiply(y3, r, y3);
        Gost256Field.multiply(s1, hhh, t);
        Gost256Field.subtract(y3, t, y3);
        System.arraycopy(h, 0, z3, 0, 8);
        if (!z1IsOne) Gost256Field.multiply(z3, z1, z3);
        if (!z2IsOne) Gost256Field.multiply(z3, z2, z3);
        return point(x3, y3, z3);
    }

    @Override
    public ECPoint twice() {
        if (isInfinity()) return this;
        int[] y1 = words(y);
        if (Nat256.isZero(y1)) return curve.getInfinity();
        int[] x1 = words(x), z1 = words(zs[0]);
        boolean z1IsOne = Nat256.isOne(z1);

        int[] yy = Nat256.create(), s = Nat256.create(), m = Nat256.create(), t = Nat256.create();
        Gost256Field.square(y1, yy);
        // s = 4·x1·y1²
        Gost256Field.multiply(x1, yy, s);
        Gost256Field.twice(s, s);
        Gost256Field.twice(s, s);
        // m = 3·x1² + a·z1⁴
        Gost256Field.square(x1, m);
        Gost256Field.twice(m, t);
        Gost256Field.add(m, t, m);
        int[] a = words(curve.getA());
        if (z1IsOne) {
            Gost256Field.add(m, a, m);
        } else {
            Gost256Field.square(z1, t);
            Gost256Field.square(t, t);
            Gost256Field.multiply(t, a, t);
            Gost256Field.add(m, t, m);
        }
        // x3 = m² − 2s; y3 = m·(s − x3) − 8·y1⁴; z3 = 2·y1·z1
        int[] x3 = Nat256.create(), y3 = Nat256.create(), z3 = Nat256.create();
        Gost256Field.square(m, x3);
        Gost256Field.twice(s, t);
        Gost256Field.subtract(x3, t, x3);
        Gost256Field.subtract(s, x3, y3);
        Gost256Field.multiply(y3, m, y3);
        Gost256Field.square(yy, t);
        Gost256Field.twice(t, t);
        Gost256Field.twice(t, t);
        Gost256Field.twice(t, t);
        Gost256Field.subtract(y3, t, y3);
        Gost256Field.twice(y1, z3);
        if (!z1IsOne) Gost256Field.multiply(z3, z1, z3);
        return point(x3, y3, z3);
    }

    @Override
    public ECPoint negate() {
        if (isInfinity()) return this;
        return new Gost256Point(curve, x, y.negate(), zs);
    }

    /** {x·z², y·z³}: a point's coordinates brought to another's Z. */
    private static int[][] scaled(int[] x, int[] y, int[] z) {
        int[] zz = Nat256.create(), u = Nat256.create(), s = Nat256.create();
        Gost256Field.square(z, zz);
        Gost256Field.multiply(x, zz, u);
        Gost256Field.multiply(zz, z, zz);
        Gost256Field.multiply(y, zz, s);
        return new int[][] {u, s};
    }

    private ECPoint point(int[] x3, int[] y3, int[] z3) {
        return new Gost256Point(curve, new Gost256FieldElement(x3), new Gost256FieldElement(y3),
                new ECFieldElement[] {new Gost256FieldElement(z3)});
    }

    private static int[] words(ECFieldElement element) {
        return ((Gost256FieldElement) element).x;
    }
}
