package org.clinicportal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OutageLogTest {

    private final Logger logger = Logger.getLogger(OutageLogTest.class.getName());
    private final List<String> lines = new ArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord line) {
            lines.add(line.getLevel() + " "
                    + MessageFormat.format(
                            line.getMessage(), line.getParameters() == null ? new Object[0] : line.getParameters()));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private final OutageLog outage = new OutageLog(logger, "Cannot reach the data: {0}", "Reaching the data again.");

    @BeforeEach
    void listen() {
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    @AfterEach
    void stopListening() {
        logger.removeHandler(handler);
    }

    @Test
    void anOutageIsOneWarningWhenItBeginsAndOneLineWhenItEnds() {
        outage.succeeded();
        outage.failed(new SQLException("Connection refused"));
        outage.failed(new SQLException("Connection refused"));
        outage.failed(new SQLException("Connection refused"));
        outage.succeeded();
        outage.succeeded();

        assertEquals(
                List.of("WARNING Cannot reach the data: Connection refused", "INFO Reaching the data again."), lines);
    }

    @Test
    void aSecondOutageIsLoggedAgain() {
        outage.failed(new SQLException("Connection refused"));
        outage.succeeded();
        outage.failed(new SQLException("The database system is starting up"));

        assertEquals(
                List.of(
                        "WARNING Cannot reach the data: Connection refused",
                        "INFO Reaching the data again.",
                        "WARNING Cannot reach the data: The database system is starting up"),
                lines);
    }
}
