package com.opsflow.risk.warning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** A small line chart of an indicator's last months, with its warning and alarm values as dashed lines (inline SVG). */
final class IndicatorChart {

  private static final int WIDTH = 240;
  private static final int HEIGHT = 60;
  private static final int PAD = 4;

  private IndicatorChart() {
  }

  static String svg(IndicatorController.IndicatorView view) {
    List<Double> all = new ArrayList<>();
    view.values().forEach(point -> all.add(point.value().doubleValue()));
    all.add(view.warningValue().doubleValue());
    all.add(view.alarmValue().doubleValue());
    double min = all.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = all.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    double span = max - min == 0 ? 1 : max - min;
    StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\""
        + HEIGHT + "\" role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(view.name()) + "趋势\">");
    svg.append(line(y(view.warningValue(), min, span), "#e8912d"));
    svg.append(line(y(view.alarmValue(), min, span), "#b5152b"));
    int n = view.values().size();
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? WIDTH / 2.0 : PAD + i * (WIDTH - 2.0 * PAD) / (n - 1);
      double y = y(view.values().get(i).value(), min, span);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"#333\"><title>%s：%s</title></circle>", x, y,
          HtmlUtils.htmlEscape(view.values().get(i).period()), IndicatorController.plain(view.values().get(i).value())));
    }
    if (n > 1) {
      svg.append("<polyline fill=\"none\" stroke=\"#333\" stroke-width=\"1.5\" points=\"").append(points.toString().strip())
          .append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private static double y(BigDecimal value, double min, double span) {
    return PAD + (HEIGHT - 2.0 * PAD) * (1 - (value.doubleValue() - min) / span);
  }

  private static String line(double y, String colour) {
    return String.format(Locale.ROOT, "<line x1=\"0\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-dasharray=\"4 3\"/>", WIDTH, y, y,
        colour);
  }
}
