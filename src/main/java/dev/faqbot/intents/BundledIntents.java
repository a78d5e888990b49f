package dev.faqbot.intents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.util.FileSystemUtils;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The intents shipped inside the jar. When the jar runs somewhere without an {@code intents} folder and
 * none was configured, they are copied to a temporary folder so the bot still starts with its curated
 * content (staff edits need a real folder: set {@code faqbot.intents.dir}).
 */
final class BundledIntents {

    static final Path DEFAULT_DIR = Path.of("intents");
    private static final String ROOT = "bundled-intents/";
    private static final Logger log = LoggerFactory.getLogger(BundledIntents.class);

    private BundledIntents() {
    }

    private static void deleteQuietly(Path copy) {
        try {
            FileSystemUtils.deleteRecursively(copy);
        } catch (IOException e) {
            // a temporary folder; the system cleans it up eventually
        }
    }

    /** The folder to use: {@code dir} itself, or a copy of the bundled intents when the default folder is missing. */
    static Path orBundledCopy(Path dir) {
        if (!DEFAULT_DIR.equals(dir) || Files.isDirectory(dir)) {
            return dir;
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "**/*.yml");
            if (files.length == 0) {
                return dir;
            }
            Path copy = Files.createTempDirectory("faqbot-intents");
            for (Resource file : files) {
                String url = file.getURL().toString();
                Path target = copy.resolve(url.substring(url.lastIndexOf(ROOT) + ROOT.length()));
                Files.createDirectories(target.getParent());
                try (InputStream in = file.getInputStream()) {
                    Files.copy(in, target);
                }
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(copy), "faqbot-intents-cleanup"));
            log.warn("No intents folder at {}; serving the {} intent files bundled in the jar (copied to {}). "
                    + "Set faqbot.intents.dir to your own folder to edit them.", dir.toAbsolutePath(), files.length, copy);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy the bundled intents", e);
        }
    }
}
