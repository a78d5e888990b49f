package dev.faqbot.chat;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The bot's own lines ({@code faqbot.chat.*}); {@code {clinic.*}} placeholders are filled in. */
@ConfigurationProperties("faqbot.chat")
record ChatProperties(
        @DefaultValue("Hi! I'm the virtual assistant of {clinic.name}. Ask me anything about ketamine treatment, or tap a topic below.")
        String welcome,
        @DefaultValue("General information only, not medical advice. In an emergency call 911; in crisis call or text 988.")
        String disclaimer,
        @DefaultValue("I'm not sure I can answer that one. I can help with common questions about ketamine treatment, or you can reach our team at {clinic.phone} ({clinic.hours}).")
        String fallback,
        @DefaultValue("I want to make sure I answer the right question. Did you mean one of these?")
        String clarify,
        @DefaultValue("Sorry, I had trouble with that question just now. Please try again, or call our team at {clinic.phone}.")
        String unavailable,
        @DefaultValue Spanish es) {

    /** The same lines in Spanish ({@code faqbot.chat.es.*}), used when the visitor writes Spanish. */
    public record Spanish(
            @DefaultValue("¡Hola! Soy el asistente virtual de {clinic.name}. Pregúnteme sobre el tratamiento con ketamina, o toque un tema abajo.")
            String welcome,
            @DefaultValue("Información general, no es consejo médico. En una emergencia llame al 911; en una crisis llame o envíe un texto al 988.")
            String disclaimer,
            @DefaultValue("No estoy seguro de poder responder eso. Puedo ayudar con preguntas comunes sobre el tratamiento con ketamina, o puede llamar a nuestro equipo al {clinic.phone} ({clinic.hours}).")
            String fallback,
            @DefaultValue("Quiero asegurarme de responder la pregunta correcta. ¿Quiso decir alguna de estas?")
            String clarify,
            @DefaultValue("Disculpe, tuve un problema con esa pregunta. Intente de nuevo, o llame a nuestro equipo al {clinic.phone}.")
            String unavailable) {
    }
}
