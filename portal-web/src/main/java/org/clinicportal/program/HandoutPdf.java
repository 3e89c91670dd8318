package org.clinicportal.program;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.clinicportal.illustration.Drawing;
import org.clinicportal.illustration.DrawingPainter;
import org.clinicportal.illustration.Drawings;

/**
 * The printable handout of a program: the therapist's notes, the return-to-run ramp, every exercise
 * with its weeks, dosage, drawing, steps and cautions, and the safety note. Built with OpenPDF's standard
 * fonts, so it needs no font files.
 */
final class HandoutPdf {

    private static final Color ACCENT = new Color(0x0b, 0x6e, 0x4f);
    private static final Color WARNING = new Color(0x8a, 0x1c, 0x12);
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, ACCENT);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD, ACCENT);
    private static final Font EXERCISE = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font MUTED = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);
    private static final Font CAUTION = new Font(Font.HELVETICA, 10, Font.ITALIC, WARNING);
    private static final Font SAFETY = new Font(Font.HELVETICA, 10, Font.BOLD, WARNING);

    /** Drawings print at 0.6 pt per SVG unit: a start-and-end drawing is 276 pt wide, under half a page. */
    private static final double DRAWING_SCALE = 0.6;

    private static final double MAX_DRAWING_WIDTH = 300;

    private final ProgramText text;

    HandoutPdf(ProgramText text) {
        this.text = text;
    }

    void write(ProgramView program, String clinicName, LocalDate printed, OutputStream out) throws DocumentException {
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(text.format("handout.title"));
        document.addCreator(text.format("app.name"));
        document.open();
        document.add(new Paragraph(text.format("handout.title"), TITLE));
        document.add(new Paragraph(text.format("handout.for", program.patientName(), clinicName), BODY));
        document.add(new Paragraph(text.format("handout.version", program.version(), program.start(), printed), MUTED));
        document.add(safetyNote(clinicName));
        if (!program.notes().isEmpty()) {
            document.add(heading("handout.notes"));
            document.add(new Paragraph(program.notes(), BODY));
        }
        if (program.includesReturnToRun()) {
            document.add(heading("handout.ramp"));
            document.add(new Paragraph(text.format("handout.rampFrom", program.returnToRunFrom()), BODY));
            document.add(rampTable());
            document.add(nonNegotiables());
        }
        document.add(heading("handout.exercises"));
        for (ItemView item : program.items()) {
            addExercise(document, writer, item);
        }
        document.close();
    }

    private void addExercise(Document document, PdfWriter writer, ItemView item) throws DocumentException {
        Paragraph name = new Paragraph(item.exercise().name(), EXERCISE);
        name.setSpacingBefore(10);
        name.setKeepTogether(true);
        document.add(name);
        document.add(new Paragraph(
                text.category(item.exercise().category()) + " · " + text.phase(item.phase()) + " · "
                        + text.dosage(item.dosage()),
                BODY));
        if (!item.note().isEmpty()) {
            document.add(new Paragraph(text.format("handout.therapistNote", item.note()), BODY));
        }
        if (item.exercise().shared()) {
            Optional<Drawing> drawing = Drawings.of(item.exercise().id());
            if (drawing.isPresent()) {
                document.add(drawn(writer, drawing.get()));
            }
        }
        List steps = new List(List.ORDERED);
        steps.setIndentationLeft(12);
        item.exercise().steps().forEach(step -> steps.add(new ListItem(step, BODY)));
        document.add(steps);
        if (!item.exercise().cautions().isEmpty()) {
            document.add(
                    new Paragraph(text.format("handout.caution", item.exercise().cautions()), CAUTION));
        }
    }

    /** The exercise's drawing as vector lines, as wide as the SVG's drawn size in points at most. */
    private static Image drawn(PdfWriter writer, Drawing drawing) throws DocumentException {
        float width = (float) Math.min(drawing.width() * DRAWING_SCALE, MAX_DRAWING_WIDTH);
        float height = (float) (drawing.height() * width / drawing.width());
        PdfTemplate canvas = writer.getDirectContent().createTemplate(width, height);
        Graphics2D g = canvas.createGraphicsShapes(width, height);
        try {
            DrawingPainter.paint(drawing, g, width);
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(canvas);
        image.setSpacingBefore(4);
        return image;
    }

    private PdfPTable rampTable() {
        PdfPTable table = new PdfPTable(new float[] {1, 1, 1.4f, 1.4f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(6);
        for (String header :
                new String[] {"handout.ramp.week", "handout.ramp.runs", "handout.ramp.longest", "handout.ramp.cap"}) {
            PdfPCell cell = new PdfPCell(new Phrase(text.format(header), EXERCISE));
            cell.setBackgroundColor(new Color(0xe3, 0xf4, 0xec));
            table.addCell(cell);
        }
        for (int number = 1; number <= ReturnToRun.FREE_PROGRESSION_FROM_WEEK; number++) {
            RunWeek week = ReturnToRun.week(number);
            table.addCell(new Phrase(
                    week.isFreeProgression() ? text.format("handout.ramp.fromWeek", number) : Integer.toString(number),
                    BODY));
            table.addCell(new Phrase(week.runs().map(String::valueOf).orElse("—"), BODY));
            table.addCell(new Phrase(week.longestRun().map(text::distance).orElse("—"), BODY));
            table.addCell(new Phrase(
                    week.isFreeProgression() ? text.format("handout.ramp.tenPercent") : text.distance(week.weeklyCap()),
                    BODY));
        }
        return table;
    }

    private List nonNegotiables() {
        List list = new List(List.UNORDERED);
        list.setListSymbol(new Chunk("•  ", BODY));
        list.setIndentationLeft(12);
        for (String key : new String[] {
            "ramp.rule.prehab",
            "ramp.rule.strength",
            "ramp.rule.soreness",
            "ramp.rule.surfaces",
            "ramp.rule.crossTraining",
            "ramp.rule.shoes",
            "ramp.rule.recovery"
        }) {
            list.add(new ListItem(text.format(key), BODY));
        }
        return list;
    }

    private Paragraph heading(String key) {
        Paragraph heading = new Paragraph(text.format(key), HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        return heading;
    }

    private Paragraph safetyNote(String clinicName) {
        Paragraph note = new Paragraph(text.format("safety.note", clinicName), SAFETY);
        note.setSpacingBefore(10);
        note.setAlignment(Element.ALIGN_LEFT);
        return note;
    }
}
