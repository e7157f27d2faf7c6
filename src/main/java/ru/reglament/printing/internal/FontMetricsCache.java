package ru.reglament.printing.internal;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps parsed font metrics between renderings: without it openhtmltopdf parses every TTF again
 * for each document. A handful of fixed faces, so an unbounded map is enough.
 */
final class FontMetricsCache implements FSCacheEx<String, FSCacheValue> {

    private final ConcurrentMap<String, FSCacheValue> values = new ConcurrentHashMap<>();

    @Override
    public void put(String key, FSCacheValue value) {
        values.put(key, value);
    }

    @Override
    public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
        return values.computeIfAbsent(key, k -> {
            try {
                return loader.call();
            } catch (Exception e) {
                throw new IllegalStateException("Cannot load font metrics for " + k, e);
            }
        });
    }

    @Override
    public FSCacheValue get(String key) {
        return values.get(key);
    }
}
