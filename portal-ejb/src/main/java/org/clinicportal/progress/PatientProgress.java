package org.clinicportal.progress;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicportal.intake.Intake;
import org.clinicportal.intake.RedFlag;
import org.clinicportal.intake.ReferralAlert;
import org.clinicportal.intake.Subjective;
import org.clinicportal.program.Program;
import org.clinicportal.program.ProgramVersion;
import org.clinicportal.program.ReturnToRun;
import org.clinicportal.program.RunWeek;
import org.clinicportal.training.Distance;
import org.clinicportal.training.ShoeWear;
import org.clinicportal.training.TrainingRamp;
import org.eclipse.persistence.config.QueryHints;

/**
 * Everything about one patient's progress, read in a fixed number of queries: the logs, due days,
 * measures, alerts and shoes of the last weeks. It builds the facts the alert rules judge, raises the
 * alerts that fire, and the view the charts draw.
 */
final class PatientProgress {

    static final int HISTORY_WEEKS = 12;

    /**
     * A patient's alerts of both kinds with what became of them, in one read: red flags (intake's, and reported from
     * home) and the progress rules' alerts. Row-level security keeps it to the caller's clinic.
     */
    private static final String ALERTS = """
            select 'RED_FLAG', r.id, r.version, r.red_flags, r.raised_at, r.acknowledged_by, r.acknowledged_at, r.note
              from referral_alert r where r.patient_id = ?1
            union all
            select a.kind, a.id, a.version, a.detail, a.raised_at, a.acknowledged_by, a.acknowledged_at, a.note
              from progress_alert a where a.patient_id = ?1
            """;

    /**
     * The history's days with what was due and the session logged, in one read: a day may have either or both
     * (one session a day at most). Row-level security keeps it to the caller's clinic.
     */
    private static final String DAYS = """
            select coalesce(d.day, s.log_day), coalesce(d.exercises_due, 0), s.exercises_done, s.pain_during, s.pain_after
              from (select day, exercises_due from due_day where patient_id = ?1 and day between ?2 and ?3) d
              full join (select log_day, exercises_done, pain_during, pain_after from session_log
                          where patient_id = ?1 and log_day between ?2 and ?3) s on s.log_day = d.day
             order by 1
            """;

    /** A day of the history: the exercises due, and the session logged if there was one. */
    private record Day(LocalDate day, int due, Optional<Logged> session) {}

    private record Logged(int exercisesDone, int painDuring, int painAfter) {}

    private final EntityManager entityManager;
    private final long patientId;
    private final LocalDate today;
    private final List<Day> days;
    private final List<RunLog> runs;
    private final Optional<Intake> intake;
    private final Optional<Program> program;
    private final Optional<ProgramVersion> currentVersion;

    PatientProgress(EntityManager entityManager, long patientId, LocalDate today) {
        this.entityManager = entityManager;
        this.patientId = patientId;
        this.today = today;
        LocalDate from = WeeklyDistance.weekOf(today).minusWeeks(HISTORY_WEEKS - 1L);
        this.days = days(entityManager, patientId, from, today);
        this.runs = entityManager
                .createNamedQuery("RunLog.since", RunLog.class)
                .setParameter("patient", patientId)
                .setParameter("from", from)
                .getResultList();
        this.intake = signedIntake(entityManager, patientId);
        Optional<Object[]> programAndVersion = entityManager
                .createNamedQuery("Program.withCurrentVersion", Object[].class)
                .setParameter("patient", patientId)
                .getResultStream()
                .findFirst();
        this.program = programAndVersion.map(row -> (Program) row[0]);
        this.currentVersion = programAndVersion.map(row -> (ProgramVersion) row[1]);
    }

    private static List<Day> days(EntityManager entityManager, long patientId, LocalDate from, LocalDate to) {
        List<Day> days = new ArrayList<>();
        for (Object row : entityManager
                .createNativeQuery(DAYS)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, patientId)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getResultList()) {
            Object[] day = (Object[]) row;
            Optional<Logged> session = day[2] == null
                    ? Optional.empty()
                    : Optional.of(new Logged(number(day[2]), number(day[3]), number(day[4])));
            days.add(new Day(((Date) day[0]).toLocalDate(), number(day[1]), session));
        }
        return days;
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    /**
     * A runner's shoes in use with the distance each has run, without the rest of their progress: the run form's
     * list.
     */
    static List<ShoeView> shoesOf(EntityManager entityManager, long patientId) {
        return shoes(entityManager, patientId, heavyRunner(signedIntake(entityManager, patientId)));
    }

    private static Optional<Intake> signedIntake(EntityManager entityManager, long patientId) {
        return entityManager
                .createNamedQuery("Intake.signedForPatient", Intake.class)
                .setParameter("patient", patientId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Raises an alert for every rule that fires and has no open alert of its kind yet. */
    List<Alarm> raiseAlerts() {
        Set<AlertKind> open = Set.copyOf(entityManager
                .createNamedQuery("ProgressAlert.openKinds", AlertKind.class)
                .setParameter("patient", patientId)
                .getResultList());
        List<Alarm> raised = new ArrayList<>();
        for (Alarm alarm : AlertRules.evaluate(facts())) {
            if (!open.contains(alarm.kind())) {
                entityManager.persist(new ProgressAlert(patientId, alarm, OffsetDateTime.now(ZoneOffset.UTC)));
                raised.add(alarm);
            }
        }
        return raised;
    }

    ProgressFacts facts() {
        List<Integer> painsAfter = painPoints().stream().map(PainPoint::after).toList();
        return new ProgressFacts(
                today,
                runs.stream().map(RunLog::entry).toList(),
                painsAfter.subList(Math.max(0, painsAfter.size() - AlertRules.RISING_PAIN_LOGS), painsAfter.size()),
                intake.map(Intake::subjective).map(Subjective::painAfterRun),
                adherenceToJudge(),
                shoes().stream().collect(Collectors.toMap(ShoeView::name, this::wear, (a, b) -> a)),
                rampLimit());
    }

    /** Adherence over the alert's window, once the program has run for all of it: a new program is not judged. */
    private OptionalInt adherenceToJudge() {
        LocalDate from = today.minusDays(Adherence.ALERT_WINDOW_DAYS - 1L);
        return currentVersion.filter(version -> !version.start().isAfter(from)).isPresent()
                ? adherence(from, today)
                : OptionalInt.empty();
    }

    /** The return-to-run week in force today while it prescribes the runs (weeks 1 to 3). */
    private Optional<RampLimit> rampLimit() {
        return rampStart()
                .flatMap(start -> ReturnToRun.weekOf(start, today))
                .filter(week -> !week.isFreeProgression())
                .map(week -> new RampLimit(rampStart().orElseThrow().plusWeeks(week.number() - 1L), week.weeklyCap()));
    }

    private Optional<LocalDate> rampStart() {
        return currentVersion.flatMap(ProgramVersion::returnToRun);
    }

    /** The therapist's view: with every alert and its history. */
    ProgressView view(String patientName) {
        List<AlertView> alerts = new ArrayList<>();
        for (Object row : entityManager
                .createNativeQuery(ALERTS)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, patientId)
                .getResultList()) {
            alerts.add(alert((Object[]) row));
        }
        alerts.sort(Comparator.comparing(AlertView::open)
                .reversed()
                .thenComparing(AlertView::kind)
                .thenComparing(AlertView::raisedAt, Comparator.reverseOrder()));
        return view(patientName, alerts);
    }

    /** The patient's own view: the alerts are their therapist's, and are not read. */
    ProgressView patientsView(String patientName) {
        return view(patientName, List.of());
    }

    private ProgressView view(String patientName, List<AlertView> alerts) {
        List<MeasurePoint> measures = entityManager
                .createNamedQuery("OutcomeMeasure.ofPatient", OutcomeMeasure.class)
                .setParameter("patient", patientId)
                .getResultList()
                .stream()
                .map(MeasurePoint::of)
                .toList();
        List<Integer> lefs = measures.stream()
                .map(MeasurePoint::lefs)
                .filter(score -> score != null)
                .toList();
        Integer every = program.flatMap(Program::outcomeEveryWeeks).orElse(null);
        LocalDate measureDue = OutcomeSchedule.nextDue(
                        Optional.ofNullable(every),
                        measures.isEmpty()
                                ? Optional.empty()
                                : Optional.of(measures.get(measures.size() - 1).day()),
                        today)
                .orElse(null);
        return new ProgressView(
                patientId,
                patientName,
                today,
                painPoints(),
                weeks(),
                measures,
                weeklyAdherence(),
                percent(adherence(today.minusDays(6), today)),
                percent(adherence(today.minusDays(27), today)),
                lefs.size() < 2 ? null : Lefs.judge(lefs.get(0), lefs.get(lefs.size() - 1)),
                measures.size() < 2
                        ? null
                        : Pain.judge(
                                measures.get(0).pain(),
                                measures.get(measures.size() - 1).pain()),
                alerts,
                shoes(),
                every,
                program.map(Program::asksHoos12).orElse(false),
                measureDue);
    }

    private static AlertView alert(Object[] row) {
        AlertKind kind = AlertKind.valueOf((String) row[0]);
        boolean redFlag = kind == AlertKind.RED_FLAG;
        List<RedFlag> redFlags = redFlag ? List.copyOf(ReferralAlert.redFlagsIn((String) row[3])) : List.of();
        String detail = redFlag ? "" : (String) row[3];
        OffsetDateTime acknowledgedAt = row[6] == null ? null : utc((Timestamp) row[6]);
        return new AlertView(
                ((Number) row[1]).longValue(),
                ((Number) row[2]).longValue(),
                kind,
                redFlags,
                detail,
                utc((Timestamp) row[4]),
                acknowledgedAt == null,
                (String) row[5],
                acknowledgedAt,
                (String) row[7]);
    }

    private static OffsetDateTime utc(Timestamp at) {
        return at.toInstant().atOffset(ZoneOffset.UTC);
    }

    private List<PainPoint> painPoints() {
        List<PainPoint> points = new ArrayList<>();
        days.forEach(day -> day.session()
                .ifPresent(session ->
                        points.add(new PainPoint(day.day(), session.painDuring(), session.painAfter(), false))));
        runs.forEach(run -> points.add(new PainPoint(run.day(), run.painDuring(), run.painAfter(), true)));
        points.sort(Comparator.comparing(PainPoint::day));
        return points;
    }

    private List<WeekDistance> weeks() {
        Map<LocalDate, Distance> byWeek =
                WeeklyDistance.byWeek(runs.stream().map(RunLog::entry).toList());
        List<WeekDistance> weeks = new ArrayList<>();
        LocalDate thisWeek = WeeklyDistance.weekOf(today);
        for (LocalDate monday = thisWeek.minusWeeks(HISTORY_WEEKS - 1L);
                !monday.isAfter(thisWeek);
                monday = monday.plusWeeks(1)) {
            Distance before = WeeklyDistance.of(byWeek, monday.minusWeeks(1));
            LocalDate midWeek = monday.plusDays(3);
            Distance rampTarget = rampStart()
                    .flatMap(start -> ReturnToRun.weekOf(start, midWeek))
                    .filter(week -> !week.isFreeProgression())
                    .map(RunWeek::weeklyCap)
                    .orElse(null);
            weeks.add(new WeekDistance(
                    monday,
                    WeeklyDistance.of(byWeek, monday),
                    before.isZero() ? null : TrainingRamp.nextWeekCap(before),
                    rampTarget));
        }
        return weeks;
    }

    private List<WeekAdherence> weeklyAdherence() {
        Map<LocalDate, WeekAdherence> weeks = new LinkedHashMap<>();
        LocalDate thisWeek = WeeklyDistance.weekOf(today);
        for (LocalDate monday = thisWeek.minusWeeks(HISTORY_WEEKS - 1L);
                !monday.isAfter(thisWeek);
                monday = monday.plusWeeks(1)) {
            LocalDate sunday = monday.plusDays(6);
            weeks.put(
                    monday,
                    new WeekAdherence(monday, percent(adherence(monday, sunday.isAfter(today) ? today : sunday))));
        }
        return List.copyOf(weeks.values());
    }

    /** Adherence between two days, both included. */
    private OptionalInt adherence(LocalDate from, LocalDate to) {
        int due = 0;
        int doneOfDue = 0;
        for (Day day : days) {
            if (!day.day().isBefore(from) && !day.day().isAfter(to)) {
                due += day.due();
                doneOfDue += Math.min(
                        day.due(), day.session().map(Logged::exercisesDone).orElse(0));
            }
        }
        return Adherence.percent(due, doneOfDue);
    }

    private static Integer percent(OptionalInt percent) {
        return percent.isPresent() ? percent.getAsInt() : null;
    }

    private List<ShoeView> shoes() {
        return shoes(entityManager, patientId, heavyRunner(intake));
    }

    private static List<ShoeView> shoes(EntityManager entityManager, long patientId, boolean heavyRunner) {
        return entityManager
                .createNamedQuery("Shoe.inUseWithDistanceRun", Object[].class)
                .setParameter("patient", patientId)
                .getResultList()
                .stream()
                .map(row -> {
                    Shoe shoe = (Shoe) row[0];
                    BigDecimal run = row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1];
                    Distance distance = Distance.ofKilometres(
                            shoe.startingDistance().kilometres().add(run));
                    return new ShoeView(
                            shoe.id(),
                            shoe.name(),
                            shoe.type(),
                            distance,
                            new ShoeWear(shoe.type(), distance, heavyRunner).status());
                })
                .toList();
    }

    private ShoeWear wear(ShoeView shoe) {
        return new ShoeWear(shoe.type(), shoe.distance(), heavyRunner(intake));
    }

    /** Whether the intake found the runner weighs 200 lb or more, which shortens a shoe's life. */
    private static boolean heavyRunner(Optional<Intake> intake) {
        return intake.map(Intake::subjective).map(Subjective::heavyRunner).orElse(false);
    }
}
