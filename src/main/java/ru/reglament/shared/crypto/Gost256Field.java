package ru.reglament.shared.crypto;

import org.bouncycastle.math.raw.Mod;
import org.bouncycastle.math.raw.Nat;
import org.bouncycastle.math.raw.Nat256;

/**
 * Arithmetic modulo p = 2^256 − 617, the prime of GOST R 34.10-2012's 256-bit curves
 * id-tc26-gost-3410-12-256-paramSetA and CryptoPro-A/XchA (paramSetB), on eight 32-bit words,
 * least significant first (BouncyCastle's {@code Nat256} layout). Since 2^256 ≡ 617, a 512-bit
 * product folds back as low + 617·high, with no division. Products and squares go through a 16-word
 * scratch array of the caller's, so that a point operation allocates one for all its multiplications.
 */
final class Gost256Field {

    private static final int C = 617;
    static final int[] P = {-C, -1, -1, -1, -1, -1, -1, -1};

    private Gost256Field() {
    }

    static void add(int[] x, int[] y, int[] z) {
        int carry = Nat256.add(x, y, z);
        // Subtracting p is adding 617 modulo 2^256.
        if (carry != 0 || Nat256.gte(z, P)) Nat.addWordTo(8, C, z);
    }

    static void subtract(int[] x, int[] y, int[] z) {
        int borrow = Nat256.sub(x, y, z);
        // Adding p is subtracting 617 modulo 2^256.
        if (borrow != 0) Nat.subWordFrom(8, C, z);
    }

    static void negate(int[] x, int[] z) {
        if (Nat256.isZero(x)) Nat256.zero(z);
        else Nat256.sub(P, x, z);
    }

    /** z = x·y, by way of {@code tt} (16 words); z may be x or y. */
    static void multiply(int[] x, int[] y, int[] z, int[] tt) {
        Nat256.mul(x, y, tt);
        reduce(tt, z);
    }

    /** z = x², by way of {@code tt} (16 words); z may be x. */
    static void square(int[] x, int[] z, int[] tt) {
        Nat256.square(x, tt);
        reduce(tt, z);
    }

    static void twice(int[] x, int[] z) {
        add(x, x, z);
    }

    static void invert(int[] x, int[] z) {
        Mod.checkedModOddInverse(P, x, z);
    }

    /** z = xx mod p for a 512-bit xx. */
    static void reduce(int[] xx, int[] z) {
        System.arraycopy(xx, 0, z, 0, 8);
        int carry = Nat256.mulWordAddTo(C, xx, 8, z, 0);
        // What overflowed is carry·2^256 ≡ carry·617; less than 2^20, so one more fold at most.
        if (Nat.addWordTo(8, carry * C, z) != 0 || Nat256.gte(z, P)) Nat.addWordTo(8, C, z);
    }
}
