package org.clinicportal.progress;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.clinicportal.preference.UnitChoice;
import org.clinicportal.training.Distance;
import org.clinicportal.training.DistanceUnit;
import org.clinicportal.web.DateInput;
import org.omnifaces.util.Faces;

/**
 * The progress charts as Chart.js configurations for PrimeFaces' {@code p:chart}: pain, weekly
 * distance with the 10 % cap and the ramp's targets, LEFS with its minimal-important-change band,
 * HOOS-12's three scales, and adherence per week. Distances in the reader's unit; labels from the UI bundle.
 */
@Named
@RequestScoped
public class ProgressCharts {

    /**
     * One factory for every chart: each {@code Json.create…} call looks the JSON provider up again through a
     * ServiceLoader, which searched the application's jars a few hundred times per progress section.
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private static final String ACCENT = "#0b6e4f";
    private static final String WARNING = "#b3261e";
    private static final String AMBER = "#c77700";

    @Inject
    private UnitChoice unitChoice;

    private ResourceBundle bundle;
    private DistanceUnit unit;
    private Locale locale;

    @PostConstruct
    void read() {
        bundle = Faces.getResourceBundle("msg");
        locale = Faces.getLocale();
        unit = unitChoice.getUnit();
    }

    public String pain(ProgressView progress) {
        List<PainPoint> points = progress.pains();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        points.forEach(point -> labels.add(day(point.day()) + (point.run() ? " ▲" : "")));
        return line(
                labels,
                JSON.createArrayBuilder()
                        .add(dataset(text("chart.pain.during"), AMBER, points, PainPoint::during))
                        .add(dataset(text("chart.pain.after"), WARNING, points, PainPoint::after)),
                0,
                10);
    }

    public String distance(ProgressView progress) {
        List<WeekDistance> weeks = progress.weeks();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        weeks.forEach(week -> labels.add(day(week.monday())));
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", text("chart.distance.week"))
                        .add("backgroundColor", ACCENT)
                        .add("data", numbers(weeks, week -> amount(week.distance()))))
                .add(JSON.createObjectBuilder()
                        .add("type", "line")
                        .add("label", text("chart.distance.cap"))
                        .add("borderColor", WARNING)
                        .add("borderDash", JSON.createArrayBuilder().add(6).add(4))
                        .add("pointRadius", 0)
                        .add("spanGaps", false)
                        .add("data", numbers(weeks, week -> week.cap() == null ? null : amount(week.cap()))))
                .add(JSON.createObjectBuilder()
                        .add("type", "line")
                        .add("label", text("chart.distance.ramp"))
                        .add("borderColor", AMBER)
                        .add("stepped", true)
                        .add("pointRadius", 0)
                        .add(
                                "data",
                                numbers(weeks, week -> week.rampTarget() == null ? null : amount(week.rampTarget()))));
        return chart("bar", labels, datasets, 0, null, text("unit." + unit));
    }

    public String lefs(ProgressView progress) {
        List<MeasurePoint> measures = progress.measures().stream()
                .filter(measure -> measure.lefs() != null)
                .toList();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        measures.forEach(measure -> labels.add(day(measure.day())));
        Integer baseline = measures.isEmpty() ? null : measures.get(0).lefs();
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        if (baseline != null) {
            int low = Math.max(0, baseline - Lefs.MINIMAL_IMPORTANT_CHANGE);
            int high = Math.min(Lefs.MAX_TOTAL, baseline + Lefs.MINIMAL_IMPORTANT_CHANGE);
            datasets.add(JSON.createObjectBuilder()
                    .add("label", text("chart.lefs.band"))
                    .add("borderColor", "rgba(0,0,0,0)")
                    .add("backgroundColor", "rgba(138,148,166,0.25)")
                    .add("pointRadius", 0)
                    .add("fill", JSON.createObjectBuilder().add("value", low))
                    .add("data", numbers(measures, measure -> high)));
        }
        datasets.add(dataset(text("chart.lefs.score"), ACCENT, measures, MeasurePoint::lefs));
        return line(labels, datasets, 0, Lefs.MAX_TOTAL);
    }

    /** The three HOOS-12 scales of every taking that has them; each 0 to 100, higher better. */
    public String hoos(ProgressView progress) {
        List<MeasurePoint> measures = hoosTakings(progress);
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        measures.forEach(measure -> labels.add(day(measure.day())));
        return line(
                labels,
                JSON.createArrayBuilder()
                        .add(dataset(text("chart.hoos.pain"), WARNING, measures, MeasurePoint::hoosPain))
                        .add(dataset(text("chart.hoos.function"), ACCENT, measures, MeasurePoint::hoosFunction))
                        .add(dataset(text("chart.hoos.quality"), AMBER, measures, MeasurePoint::hoosQualityOfLife)),
                0,
                100);
    }

    public String adherence(ProgressView progress) {
        List<WeekAdherence> weeks = progress.adherence();
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        weeks.forEach(week -> labels.add(day(week.monday())));
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder()
                        .add("label", text("chart.adherence"))
                        .add("backgroundColor", ACCENT)
                        .add("data", numbers(weeks, WeekAdherence::percent)));
        return chart("bar", labels, datasets, 0, 100, "%");
    }

    public ChartTable painTable(ProgressView progress) {
        return new ChartTable(
                List.of(text("chart.day"), text("chart.pain.during"), text("chart.pain.after")),
                progress.pains().stream()
                        .map(point -> List.of(
                                day(point.day()) + (point.run() ? " ▲" : ""),
                                number(point.during()),
                                number(point.after())))
                        .toList());
    }

    public ChartTable distanceTable(ProgressView progress) {
        return new ChartTable(
                List.of(
                        text("chart.week"),
                        text("chart.distance.week"),
                        text("chart.distance.cap"),
                        text("chart.distance.ramp")),
                progress.weeks().stream()
                        .map(week -> List.of(
                                day(week.monday()),
                                distance(week.distance()),
                                distance(week.cap()),
                                distance(week.rampTarget())))
                        .toList());
    }

    public ChartTable lefsTable(ProgressView progress) {
        return new ChartTable(
                List.of(text("chart.day"), text("chart.lefs.score")),
                progress.measures().stream()
                        .filter(measure -> measure.lefs() != null)
                        .map(measure -> List.of(day(measure.day()), number(measure.lefs())))
                        .toList());
    }

    public ChartTable hoosTable(ProgressView progress) {
        return new ChartTable(
                List.of(
                        text("chart.day"),
                        text("chart.hoos.pain"),
                        text("chart.hoos.function"),
                        text("chart.hoos.quality")),
                hoosTakings(progress).stream()
                        .map(measure -> List.of(
                                day(measure.day()),
                                number(measure.hoosPain()),
                                number(measure.hoosFunction()),
                                number(measure.hoosQualityOfLife())))
                        .toList());
    }

    public ChartTable adherenceTable(ProgressView progress) {
        return new ChartTable(
                List.of(text("chart.week"), text("chart.adherence")),
                progress.adherence().stream()
                        .map(week -> List.of(day(week.monday()), number(week.percent())))
                        .toList());
    }

    private static List<MeasurePoint> hoosTakings(ProgressView progress) {
        return progress.measures().stream().filter(MeasurePoint::hasHoos12).toList();
    }

    private String day(LocalDate day) {
        return DateInput.shown(day, locale);
    }

    private String number(Number value) {
        return value == null ? "—" : NumberFormat.getNumberInstance(locale).format(value);
    }

    private String distance(Distance distance) {
        return distance == null ? "—" : number(amount(distance)) + " " + text("unit." + unit);
    }

    private BigDecimal amount(Distance distance) {
        return distance.in(unit).setScale(1, RoundingMode.HALF_UP);
    }

    private <T> JsonObjectBuilder dataset(String label, String color, List<T> points, Function<T, Number> value) {
        return JSON.createObjectBuilder()
                .add("label", label)
                .add("borderColor", color)
                .add("backgroundColor", color)
                .add("tension", 0.2)
                .add("data", numbers(points, value));
    }

    private static <T> JsonArrayBuilder numbers(List<T> points, Function<T, Number> value) {
        JsonArrayBuilder numbers = JSON.createArrayBuilder();
        for (T point : points) {
            Number number = value.apply(point);
            if (number == null) {
                numbers.addNull();
            } else if (number instanceof BigDecimal decimal) {
                numbers.add(decimal);
            } else {
                numbers.add(number.intValue());
            }
        }
        return numbers;
    }

    private String line(JsonArrayBuilder labels, JsonArrayBuilder datasets, int min, int max) {
        return chart("line", labels, datasets, min, max, null);
    }

    private String chart(
            String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, int min, Integer max, String axis) {
        JsonObjectBuilder y = JSON.createObjectBuilder().add("min", min);
        if (max != null) {
            y.add("max", max);
        }
        if (axis != null) {
            y.add("title", JSON.createObjectBuilder().add("display", true).add("text", axis));
        }
        return JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add(
                        "options",
                        JSON.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add("scales", JSON.createObjectBuilder().add("y", y)))
                .build()
                .toString();
    }

    private String text(String key) {
        return bundle.getString(key);
    }
}
