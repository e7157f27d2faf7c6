package ru.reglament.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class ValidIdentifiersTest {

    @Test
    void everyGeneratorGivesValidAndDistinctIdentifiers() {
        assertValidAndDistinct(seed -> ValidIdentifiers.ogrn(seed), Ogrn::isValid);
        assertValidAndDistinct(seed -> ValidIdentifiers.ogrnip(seed), Ogrnip::isValid);
        assertValidAndDistinct(ValidIdentifiers::snils, Snils::isValid);
        assertValidAndDistinct(ValidIdentifiers::inn10, Inn::isValid);
        assertValidAndDistinct(ValidIdentifiers::inn12, Inn::isValid);
    }

    @Test
    void generatedIdentifiersHaveTheirRegisterLengths() {
        assertThat(ValidIdentifiers.ogrn(42)).hasSize(13);
        assertThat(ValidIdentifiers.ogrnip(42)).hasSize(15);
        assertThat(ValidIdentifiers.snils(42)).hasSize(11);
        assertThat(ValidIdentifiers.inn10(42)).hasSize(10);
        assertThat(ValidIdentifiers.inn12(42)).hasSize(12);
    }

    private static void assertValidAndDistinct(IntFunction<String> generator,
            Predicate<String> isValid) {
        Set<String> seen = new HashSet<>();
        for (int seed = 0; seed < 5_000; seed++) {
            String id = generator.apply(seed);
            assertThat(isValid.test(id)).as("seed %d gives %s", seed, id).isTrue();
            assertThat(seen.add(id)).as("seed %d repeats %s", seed, id).isTrue();
        }
    }
}
