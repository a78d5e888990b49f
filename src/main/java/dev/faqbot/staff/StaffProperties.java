package dev.faqbot.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the staff page ({@code faqbot.staff.*}). It opens with the insights staff token
 * ({@code faqbot.insights.token}); without one it is off.
 *
 * @param crossValidate cross-validate each newly loaded model once, in the background, for the content-health panel
 *                      (a few models are trained on one low-priority thread; a request never waits for it)
 */
@ConfigurationProperties("faqbot.staff")
record StaffProperties(@DefaultValue("true") boolean crossValidate) {
}
