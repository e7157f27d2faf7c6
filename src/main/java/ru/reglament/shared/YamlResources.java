package ru.reglament.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Rules kept as YAML on the classpath (kinds of information, document types, the demo), read as plain maps and lists. */
public final class YamlResources {

    private YamlResources() {
    }

    /**
     * The file's top-level map, empty for an empty file. Only plain types: a file cannot make the loader
     * build arbitrary objects.
     */
    public static Map<String, Object> read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return root == null ? Map.of() : root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        } catch (ClassCastException e) {
            throw new IllegalStateException(resource + ": the file must hold a map at its top level", e);
        }
    }
}
