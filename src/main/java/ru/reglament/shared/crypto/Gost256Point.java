package ru.reglament.shared.crypto;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECFieldElement;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.raw.Nat256;

/**
 * A point of a {@link Gost256Curve} in Jacobian coordinates (x = X/Z², y = Y/Z³), with the
 * formulas for any a (paramSetA's a is not −3) of the Explicit-Formulas Database: dbl-2007-bl for
 * doubling, add-2007-bl for addition, shortened to madd-2007-bl and mmadd-2007-bl when one or both
 * points are affine (Z = 1), as the multipliers' precomputed tables are. {@link #twicePlus}, the
 * step of both of BouncyCastle's comb multipliers, adds instead of doubling (see there). A point
 * operation allocates one scratch array for all its products and squares.
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
        return sum(words(x), words(y), words(zs[0]), b, Nat256.createExt(), false);
    }

    @Override
    public ECPoint twice() {
        if (isInfinity()) return this;
        return doubled(words(x), words(y), words(zs[0]), Nat256.createExt());
    }

    /**
     * 2·this + b, as {@code twice().add(b)} gives it, computed as (this + b) + this: the addition gives
     * this at the sum's Z for free, and adding two points of one Z (Meloni's co-Z addition, 5M + 2S)
     * costs less than doubling with a general a.
     */
    @Override
    public ECPoint twicePlus(ECPoint b) {
        if (isInfinity()) return b;
        if (b.isInfinity()) return twice();
        return sum(words(x), words(y), words(zs[0]), b, Nat256.createExt(), true);
    }

    @Override
    public ECPoint negate() {
        if (isInfinity()) return this;
        return new Gost256Point(curve, x, y.negate(), zs);
    }

    private ECPoint doubled(int[] x1, int[] y1, int[] z1, int[] tt) {
        if (Nat256.isZero(y1)) return curve.getInfinity();
        int[] x3 = Nat256.create(), y3 = Nat256.create(), z3 = Nat256.create();
        doubling(x1, y1, z1, x3, y3, z3, tt);
        return point(x3, y3, z3);
    }

    /** (x3, y3, z3) = 2·(x1, y1, z1), y1 not zero; 2M + 8S (1M + 8S when z1 = 1). */
    private void doubling(int[] x1, int[] y1, int[] z1, int[] x3, int[] y3, int[] z3, int[] tt) {
        boolean z1IsOne = Nat256.isOne(z1);
        int[] xx = Nat256.create(), yy = Nat256.create(), yyyy = Nat256.create(), s = Nat256.create(), m = Nat256.create();
        Gost256Field.square(x1, xx, tt);
        Gost256Field.square(y1, yy, tt);
        Gost256Field.square(yy, yyyy, tt);
        // s = 4·x1·yy = 2·((x1 + yy)² − xx − yyyy)
        Gost256Field.add(x1, yy, s);
        Gost256Field.square(s, s, tt);
        Gost256Field.subtract(s, xx, s);
        Gost256Field.subtract(s, yyyy, s);
        Gost256Field.twice(s, s);
        // m = 3·xx + a·z1⁴; z3 = 2·y1·z1 = (y1 + z1)² − yy − z1²
        int[] a = words(curve.getA());
        Gost256Field.twice(xx, m);
        Gost256Field.add(m, xx, m);
        if (z1IsOne) {
            Gost256Field.add(m, a, m);
            Gost256Field.twice(y1, z3);
        } else {
            int[] zz = xx;
            Gost256Field.square(z1, zz, tt);
            Gost256Field.add(y1, z1, z3);
            Gost256Field.square(z3, z3, tt);
            Gost256Field.subtract(z3, yy, z3);
            Gost256Field.subtract(z3, zz, z3);
            Gost256Field.square(zz, zz, tt);
            Gost256Field.multiply(zz, a, zz, tt);
            Gost256Field.add(m, zz, m);
        }
        // x3 = m² − 2s; y3 = m·(s − x3) − 8·yyyy
        Gost256Field.square(m, x3, tt);
        Gost256Field.subtract(x3, s, x3);
        Gost256Field.subtract(x3, s, x3);
        Gost256Field.subtract(s, x3, y3);
        Gost256Field.multiply(y3, m, y3, tt);
        Gost256Field.twice(yyyy, yyyy);
        Gost256Field.twice(yyyy, yyyy);
        Gost256Field.twice(yyyy, yyyy);
        Gost256Field.subtract(y3, yyyy, y3);
    }

    /**
     * (x1, y1, z1) + b, neither of them infinity: 11M + 5S, 7M + 4S when one Z is 1, 4M + 2S when both
     * are; with {@code twice}, 2·(x1, y1, z1) + b, for 5M + 2S more. The arrays of (x1, y1, z1) are only
     * read.
     */
    private ECPoint sum(int[] x1, int[] y1, int[] z1, ECPoint b, int[] tt, boolean twice) {
        int[] x2 = words(b.getRawXCoord()), y2 = words(b.getRawYCoord()), z2 = words(b.getZCoord(0));
        boolean z1IsOne = Nat256.isOne(z1), z2IsOne = Nat256.isOne(z2);
        if (z1IsOne && !z2IsOne) {
            // Only (x1, y1, z1) comes out at the sum's Z; a running point is hardly ever the affine one.
            if (twice) return doubled(x1, y1, z1, tt).add(b);
            // The sum is symmetric; the shorter formula wants the affine point second.
            int[] t = x1;
            x1 = x2;
            x2 = t;
            t = y1;
            y1 = y2;
            y2 = t;
            t = z1;
            z1 = z2;
            z2 = t;
            z1IsOne = false;
            z2IsOne = true;
        }
        // Both points brought to the same Z: u1 = x1·z2², s1 = y1·z2³; u2 = x2·z1², s2 = y2·z1³
        int[] u1 = x1, s1 = y1, u2 = x2, s2 = y2, z1z1 = null, z2z2 = null;
        if (!z2IsOne) {
            int[][] at = atZ(x1, y1, z2, tt);
            u1 = at[0];
            s1 = at[1];
            z2z2 = at[2];
        }
        if (!z1IsOne) {
            int[][] at = atZ(x2, y2, z1, tt);
            u2 = at[0];
            s2 = at[1];
            z1z1 = at[2];
        }
        int[] h = Nat256.create(), r = Nat256.create();
        Gost256Field.subtract(u2, u1, h);
        Gost256Field.subtract(s2, s1, r);
        if (Nat256.isZero(h)) {
            if (twice) return doubled(x1, y1, z1, tt).add(b);
            return Nat256.isZero(r) ? doubled(x1, y1, z1, tt) : curve.getInfinity();
        }
        // r = 2·(s2 − s1); i = 4·h²; j = h·i; v = u1·i
        Gost256Field.twice(r, r);
        int[] hh = Nat256.create(), i = Nat256.create(), j = Nat256.create(), v = Nat256.create();
        Gost256Field.square(h, hh, tt);
        Gost256Field.twice(hh, i);
        Gost256Field.twice(i, i);
        Gost256Field.multiply(h, i, j, tt);
        Gost256Field.multiply(u1, i, v, tt);
        // x3 = r² − j − 2v; y3 = r·(v − x3) − 2·s1·j
        int[] x3 = Nat256.create(), y3 = Nat256.create(), z3 = Nat256.create();
        Gost256Field.square(r, x3, tt);
        Gost256Field.subtract(x3, j, x3);
        Gost256Field.subtract(x3, v, x3);
        Gost256Field.subtract(x3, v, x3);
        Gost256Field.subtract(v, x3, y3);
        Gost256Field.multiply(y3, r, y3, tt);
        Gost256Field.multiply(s1, j, j, tt);
        Gost256Field.twice(j, j);
        Gost256Field.subtract(y3, j, y3);
        // z3 = 2·z1·z2·h
        if (z2IsOne && z1IsOne) {
            Gost256Field.twice(h, z3);
        } else if (z2IsOne) {
            // (z1 + h)² − z1² − h²
            Gost256Field.add(z1, h, z3);
            Gost256Field.square(z3, z3, tt);
            Gost256Field.subtract(z3, z1z1, z3);
            Gost256Field.subtract(z3, hh, z3);
        } else {
            // ((z1 + z2)² − z1² − z2²)·h
            Gost256Field.add(z1, z2, z3);
            Gost256Field.square(z3, z3, tt);
            Gost256Field.subtract(z3, z1z1, z3);
            Gost256Field.subtract(z3, z2z2, z3);
            Gost256Field.multiply(z3, h, z3, tt);
        }
        // (x1, y1, z1) at z3 is (v, 2·s1·j), which j now holds.
        return twice ? coZSum(x3, y3, v, j, z3, tt) : point(x3, y3, z3);
    }

    /** (x1, y1, z) + (x2, y2, z), the two different points of one Z that {@link #twicePlus} adds. */
    private ECPoint coZSum(int[] x1, int[] y1, int[] x2, int[] y2, int[] z, int[] tt) {
        int[] dx = Nat256.create(), dy = Nat256.create();
        Gost256Field.subtract(x1, x2, dx);
        Gost256Field.subtract(y1, y2, dy);
        if (Nat256.isZero(dx)) {
            // Opposite points: 2·p + b was infinity. Equal ones would need b infinity, which was ruled out.
            return curve.getInfinity();
        }
        // c = dx²; w1 = x1·c; w2 = x2·c; x3 = dy² − w1 − w2; y3 = dy·(w1 − x3) − y1·(w1 − w2); z3 = z·dx
        int[] c = Nat256.create(), w1 = Nat256.create(), w2 = Nat256.create();
        int[] x3 = Nat256.create(), y3 = Nat256.create(), z3 = Nat256.create();
        Gost256Field.square(dx, c, tt);
        Gost256Field.multiply(x1, c, w1, tt);
        Gost256Field.multiply(x2, c, w2, tt);
        Gost256Field.square(dy, x3, tt);
        Gost256Field.subtract(x3, w1, x3);
        Gost256Field.subtract(x3, w2, x3);
        Gost256Field.subtract(w1, x3, y3);
        Gost256Field.multiply(y3, dy, y3, tt);
        Gost256Field.subtract(w1, w2, w2);
        Gost256Field.multiply(w2, y1, w2, tt);
        Gost256Field.subtract(y3, w2, y3);
        Gost256Field.multiply(z, dx, z3, tt);
        return point(x3, y3, z3);
    }

    private ECPoint point(int[] x3, int[] y3, int[] z3) {
        return new Gost256Point(curve, new Gost256FieldElement(x3), new Gost256FieldElement(y3),
                new ECFieldElement[] {new Gost256FieldElement(z3)});
    }

    private static int[] words(ECFieldElement element) {
        return ((Gost256FieldElement) element).x;
    }

    /** {x·z², y·z³, z²}: a point's coordinates brought to another's Z, and that Z squared for later. */
    private static int[][] atZ(int[] x, int[] y, int[] z, int[] tt) {
        int[] zz = Nat256.create(), u = Nat256.create(), s = Nat256.create();
        Gost256Field.square(z, zz, tt);
        Gost256Field.multiply(x, zz, u, tt);
        Gost256Field.multiply(z, zz, s, tt);
        Gost256Field.multiply(y, s, s, tt);
        return new int[][] {u, s, zz};
    }
}
