package org.zongzhi.console.domain;

import java.util.List;
import java.util.Locale;

/**
 * A radar chart of a scorecard's dimensions (五有, 五化) as inline SVG: one spoke per dimension, the
 * polygon of percentages over rings at 25 % steps. Plain SVG so the page needs no script and prints.
 */
public final class Radar {

    /** One spoke: the dimension's name and its percentage (0–100; null counts as 0). */
    public record Spoke(String name, Number percent) {}

    private static final int WIDTH = 460;
    private static final int HEIGHT = 340;
    private static final double CX = WIDTH / 2.0;
    private static final double CY = HEIGHT / 2.0;
    private static final double RADIUS = 110;

    private Radar() {}

    /** The chart, titled for screen readers with every dimension and its percentage. */
    public static String svg(String title, List<Spoke> spokes) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"radar\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"radar-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        StringBuilder description = new StringBuilder(title == null ? "" : title);
        for (Spoke spoke : spokes) {
            description
                    .append("；")
                    .append(spoke.name())
                    .append(' ')
                    .append(Numbers.number(value(spoke)))
                    .append('%');
        }
        svg.append("<title id=\"radar-title\">")
                .append(escape(description.toString()))
                .append("</title>");
        int n = spokes.size();
        if (n < 3) {
            return svg.append("</svg>").toString();
        }
        for (int ring = 1; ring <= 4; ring++) {
            double percent = 25.0 * ring;
            svg.append("<polygon class=\"ring\" fill=\"none\" stroke=\"#d9e2ec\" points=\"")
                    .append(points(n, i -> percent))
                    .append("\"/>");
        }
        for (int i = 0; i < n; i++) {
            double[] end = at(i, n, 100);
            svg.append("<line stroke=\"#d9e2ec\" x1=\"")
                    .append(fmt(CX))
                    .append("\" y1=\"")
                    .append(fmt(CY))
                    .append("\" x2=\"")
                    .append(fmt(end[0]))
                    .append("\" y2=\"")
                    .append(fmt(end[1]))
                    .append("\"/>");
        }
        svg.append(
                        "<polygon class=\"area\" fill=\"rgba(180,35,24,.25)\" stroke=\"#b42318\" stroke-width=\"2\" points=\"")
                .append(points(n, i -> value(spokes.get(i))))
                .append("\"/>");
        for (int i = 0; i < n; i++) {
            // The name over its percentage, two short lines that stay inside the chart on a phone.
            double[] label = at(i, n, 116);
            String anchor = Math.abs(label[0] - CX) < 8 ? "middle" : label[0] < CX ? "end" : "start";
            double y = label[1] < CY - 8 ? label[1] - 10 : label[1] > CY + 8 ? label[1] + 4 : label[1] - 3;
            svg.append("<text font-size=\"12\" fill=\"#1f2933\" text-anchor=\"")
                    .append(anchor)
                    .append("\" x=\"")
                    .append(fmt(label[0]))
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append("\">")
                    .append(escape(spokes.get(i).name()))
                    .append("<tspan x=\"")
                    .append(fmt(label[0]))
                    .append("\" dy=\"14\" fill=\"#52606d\">")
                    .append(Numbers.number(value(spokes.get(i))))
                    .append("%</tspan></text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String points(int n, java.util.function.IntToDoubleFunction percent) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double[] p = at(i, n, percent.applyAsDouble(i));
            if (i > 0) {
                points.append(' ');
            }
            points.append(fmt(p[0])).append(',').append(fmt(p[1]));
        }
        return points.toString();
    }

    /** The point of spoke {@code i} of {@code n} at {@code percent} of the radius; spoke 0 points up. */
    static double[] at(int i, int n, double percent) {
        double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
        double r = RADIUS * percent / 100.0;
        return new double[] {CX + r * Math.cos(angle), CY + r * Math.sin(angle)};
    }

    private static double value(Spoke spoke) {
        if (spoke.percent() == null) {
            return 0;
        }
        return Math.max(0, Math.min(100, spoke.percent().doubleValue()));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
