package dev.faqbot.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Plain checks of the files in {@code web/}: size budget and the rules that keep the widget safe to embed. */
class WidgetAssetTests {

    private static final Path WIDGET = Path.of("web/widget.js");
    private static final Path WIDGET_CSS = Path.of("web/widget.css");
    private static final Path DEMO_PAGE = Path.of("web/index.html");
    private static final Path SPANISH_DEMO_PAGE = Path.of("web/es/index.html");
    static final int GZIP_BUDGET_BYTES = 15 * 1024;

    @Test
    void widgetWithItsCssIsAtMost15KilobytesGzipped() throws IOException {
        byte[] script = Files.readAllBytes(WIDGET);
        byte[] styles = Files.readAllBytes(WIDGET_CSS);
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(script);
            gzip.write(styles);
        }
        assertThat(zipped.size()).as("gzip size of widget.js and widget.css (%d bytes raw)", script.length + styles.length)
                .isLessThanOrEqualTo(GZIP_BUDGET_BYTES);
    }

    @Test
    void widgetNeverInjectsMarkupOrTalksToOtherWindows() throws IOException {
        String js = Files.readString(WIDGET);
        assertThat(js).doesNotContain(".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write",
                "eval(", "new Function", "postMessage", "window.onmessage");
    }

    @Test
    void widgetIsPlainAsciiSoAnyHostPageCharsetReadsItRight() throws IOException {
        for (Path file : new Path[] {WIDGET, WIDGET_CSS}) {
            byte[] source = Files.readAllBytes(file);
            for (int i = 0; i < source.length; i++) {
                assertThat(source[i] >= 0).as("byte %d of %s is not ASCII: write it as a \\u escape", i, file).isTrue();
            }
        }
    }

    @Test
    void widgetHasOneGuardedGlobal() throws IOException {
        String js = Files.readString(WIDGET);
        assertThat(js).startsWith("/*!").contains("(function () {").contains("if (window.FaqBotWidget) return;");
        Matcher globals = Pattern.compile("window\\.([A-Za-z_$][\\w$]*)\\s*=[^=]").matcher(js);
        while (globals.find()) {
            assertThat(globals.group(1)).as("the only global the widget sets").isEqualTo("FaqBotWidget");
        }
    }

    @Test
    void demoPageEmbedsTheWidgetWithOneTagAndHasNoInlineScriptOrStyle() throws IOException {
        String html = Files.readString(DEMO_PAGE);
        assertThat(html).containsPattern("<script src=\"/widget\\.js\" data-title=\"[^\"]+\"[^>]*></script>");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find()).as("inline <script>").isFalse();
        assertThat(html).doesNotContain("<style", " style=", " onclick=", " onload=", "javascript:");
    }

    @Test
    void spanishDemoPageSaysItIsSpanishAndEmbedsTheWidgetTheSameWay() throws IOException {
        String html = Files.readString(SPANISH_DEMO_PAGE);
        assertThat(html).contains("<html lang=\"es\">");
        assertThat(html).containsPattern("<script src=\"/widget\\.js\" data-title=\"[^\"]+\"[^>]*></script>");
        assertThat(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find()).as("inline <script>").isFalse();
        assertThat(html).doesNotContain("<style", " style=", " onclick=", " onload=", "javascript:");
    }

    @Test
    void widgetStylesAreInTheirOwnFileAndNoReplyFieldIsInvented() throws IOException {
        String js = Files.readString(WIDGET);
        assertThat(js).contains("/widget.css").doesNotContain(":host{", ".launcher{", "r.phone", ".phone");
    }
}
