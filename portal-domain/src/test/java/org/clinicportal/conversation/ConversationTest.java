package org.clinicportal.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConversationTest {

    private static final OffsetDateTime NINE = OffsetDateTime.parse("2026-12-03T09:00:00Z");

    @Test
    void eachSideReadsOnItsOwnAndNeverBackwards() {
        Conversation conversation = new Conversation(7L);
        assertEquals(Conversation.NEVER, conversation.readUpTo(Side.CLINIC));

        conversation.readBy(Side.PATIENT, NINE);
        conversation.readBy(Side.PATIENT, NINE.minusHours(1));

        assertEquals(NINE, conversation.readUpTo(Side.PATIENT), "an older page read later unreads nothing");
        assertEquals(Optional.empty(), conversation.readAt(Side.CLINIC));
        assertEquals(Side.CLINIC, Side.PATIENT.other());
    }

    @Test
    void aMessageSaysSomethingWithinItsLength() {
        assertThrows(IllegalArgumentException.class, () -> new Message(7L, Side.PATIENT, "a", "A", " \n ", NINE, "s1"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Message(7L, Side.PATIENT, "a", "A", "x".repeat(Message.BODY_LENGTH + 1), NINE, "s2"));
        assertEquals("Hello", new Message(7L, Side.CLINIC, "a", "A", "  Hello \n", NINE, "s3").body());
    }
}
