package dev.faqbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Draws the confusion counts of an evaluation as an SVG heat map that staff can open in a browser. */
final class ConfusionSvg {

    private static final int CELL = 16;
    private static final int LABEL = 190;

    private ConfusionSvg() {
    }

    static String render(EvaluationReport report) {
        Map<String, Map<String, Integer>> matrix = report.matrix();
        TreeSet<String> labels = new TreeSet<>(matrix.keySet());
        matrix.values().forEach(row -> labels.addAll(row.keySet()));
        List<String> axis = new ArrayList<>(labels);
        int max = matrix.values().stream().flatMap(r -> r.values().stream()).mapToInt(Integer::intValue).max().orElse(1);
        int size = LABEL + axis.size() * CELL + 20;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(size).append("\" height=\"").append(size)
                .append("\" font-family=\"sans-serif\" font-size=\"11\">\n<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n")
                .append("<text x=\"4\" y=\"14\">rows: expected intent, columns: what the bot did (mistakes only)</text>\n");
        for (int i = 0; i < axis.size(); i++) {
            int pos = LABEL + i * CELL;
            svg.append("<text x=\"").append(LABEL - 4).append("\" y=\"").append(pos + 12)
                    .append("\" text-anchor=\"end\">").append(escape(axis.get(i))).append("</text>\n");
            svg.append("<text transform=\"translate(").append(pos + 12).append(',').append(LABEL - 4)
                    .append(") rotate(-60)\">").append(escape(axis.get(i))).append("</text>\n");
        }
        for (int r = 0; r < axis.size(); r++) {
            Map<String, Integer> row = matrix.getOrDefault(axis.get(r), Map.of());
            for (int c = 0; c < axis.size(); c++) {
                int count = row.getOrDefault(axis.get(c), 0);
                int shade = 255 - (int) (200.0 * count / max);
                svg.append("<rect x=\"").append(LABEL + c * CELL).append("\" y=\"").append(LABEL + r * CELL)
                        .append("\" width=\"").append(CELL).append("\" height=\"").append(CELL).append("\" fill=\"rgb(255,")
                        .append(count == 0 ? 255 : shade).append(',').append(count == 0 ? 255 : shade).append(")\" stroke=\"#eee\">")
                        .append("<title>").append(escape(axis.get(r))).append(" -> ").append(escape(axis.get(c))).append(": ")
                        .append(count).append("</title></rect>\n");
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
