/**
 * Cryptographic arithmetic the platform needs faster than BouncyCastle gives it: {@link
 * ru.reglament.shared.crypto.GostCurves} moves GOST R 34.10-2012 keys onto fixed-width field
 * arithmetic, for the SMEV signatures that every interagency message carries.
 */
@org.springframework.modulith.NamedInterface("crypto")
package ru.reglament.shared.crypto;
