package org.clinicportal.program;

import com.lowagie.text.DocumentException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.clinicportal.language.Languages;
import org.clinicportal.preference.UnitChoice;
import org.clinicportal.tenancy.ClinicDirectory;
import org.clinicportal.tenancy.ClinicView;

/** The patient's printable handout: {@code /patient/handout?id=<program>} answers with a PDF of the current version. */
@WebServlet("/patient/handout")
public class Handout extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyProgram myProgram;

    @Inject
    private UnitChoice units;

    @Inject
    private ClinicDirectory clinics;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ProgramView program;
        try {
            program = myProgram.program(id);
        } catch (ProgramNotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<ClinicView> clinic = clinics.callersClinic();
        String clinicName = clinic.map(ClinicView::name).orElse("");
        LocalDate printed =
                LocalDate.now(clinic.map(view -> ZoneId.of(view.timeZone())).orElse(ZoneOffset.UTC));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            new HandoutPdf(ProgramText.of(Languages.of(request).locale(), units.getUnit()))
                    .write(program, clinicName, printed, pdf);
        } catch (DocumentException e) {
            throw new IOException("The handout of program " + id + " could not be built", e);
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"home-program.pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.size());
        pdf.writeTo(response.getOutputStream());
    }
}
