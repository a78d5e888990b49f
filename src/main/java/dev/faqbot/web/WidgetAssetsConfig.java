package dev.faqbot.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves {@code /widget.js} and the stylesheet it loads, {@code /widget.css} (from the {@code web/} folder, packaged
 * as {@code static/}), so that clinics embedding it get updates within minutes: {@code Cache-Control: public, max-age=300} plus an ETag
 * (a hash of the content) and Last-Modified, so a revalidation costs a 304 and no body.
 */
@Configuration
class WidgetAssetsConfig implements WebMvcConfigurer {

    static final Duration WIDGET_MAX_AGE = Duration.ofMinutes(5);

    private final ContentEtags etags = new ContentEtags();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/widget.js", "/widget.css")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(WIDGET_MAX_AGE).cachePublic())
                .setUseLastModified(true)
                .setEtagGenerator(etags::etag);
    }

    /** A strong ETag from the bytes, computed once per resource version (its last-modified time). */
    static final class ContentEtags {

        private record Version(String etag, long lastModified) {
        }

        private final Map<String, Version> cache = new ConcurrentHashMap<>();

        String etag(Resource resource) {
            try {
                String key = resource.getURI().toString();
                long lastModified = resource.lastModified();
                Version known = cache.get(key);
                if (known != null && known.lastModified() == lastModified) {
                    return known.etag();
                }
                Version fresh = new Version('"' + sha256(resource).substring(0, 32) + '"', lastModified);
                cache.put(key, fresh);
                return fresh.etag();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
            }
        }

        private static String sha256(Resource resource) throws IOException {
            try (InputStream in = resource.getInputStream()) {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from this JVM", e);
            }
        }
    }
}
