/**
 * Cryptographic arithmetic the platform needs faster than BouncyCastle gives it, for the SMEV
 * signatures that every interagency message carries: {@link ru.reglament.shared.crypto.GostCurves}
 * moves GOST R 34.10-2012 keys onto fixed-width field arithmetic, and {@link
 * ru.reglament.shared.crypto.Streebog} hashes with GOST R 34.11-2012 on 64-bit words.
 */
@org.springframework.modulith.NamedInterface("crypto")
package ru.reglament.shared.crypto;
