package dev.faqbot.insights;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTests {

    private final Redactor redactor = new Redactor();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            write to jo.smith+k@example.co.uk please        | write to [email] please
            is JOSÉ@clinic.org the right address?            | is [email] the right address?
            """)
    void redactsEmailAddresses(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            can you phone 555-123-4567?                | can you phone [phone]?
            my number: (555) 123 4567, is that ok       | my number: [phone], is that ok
            reach me at +1 555.123.4567 tonight         | reach me at [phone] tonight
            text 07700 900123 after 5                   | text [phone] after 5
            """)
    void redactsPhoneNumbers(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I read https://example.com/a?b=c about it  | I read [url] about it
            see www.my-blog.net/posts/42 pls           | see [url] pls
            what about facebook.com/jo.smith?          | what about [url]
            """)
    void redactsUrls(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            my member id is 889123004                  | my member id is [number]
            zip 90210, do you take insurance           | zip [number], do you take insurance
            """)
    void redactsLongDigitRuns(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            hi my name is Jo Smith and I have PTSD     | hi my name is [name]
            My name's jo, how much is it               | My name's [name]
            I'm called Sam. Is it covered?             | I'm called [name]
            i am called sam                            | i am called [name]
            you can call me Kay                        | you can call me [name]
            Hi, this is Maria Lopez from Austin        | Hi, this is [name]
            hello this is jo, do you take Medicare     | hello this is [name]
            Hey, I'm Dana and I want to book           | Hey, I'm [name]
            Question: this is Pat, is it safe          | Question: this is [name]
            """)
    void redactsEverythingAfterASelfIntroduction(String text, String expected) {
        assertThat(redactor.redact(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            how much does a session cost?
            is this covered by insurance
            I'm worried about the 2 mg dose at 3 pm, is 0.5 ok?
            can I drive after 1 session, e.g. the same day
            Hi, I'm not sure what to ask
            """)
    void leavesOrdinaryQuestionsAlone(String text) {
        assertThat(redactor.redact(text)).isEqualTo(text);
    }

    @Test
    void capsTheStoredLength() {
        assertThat(redactor.redact("why ".repeat(400))).hasSize(Redactor.MAX_CHARS);
    }
}
