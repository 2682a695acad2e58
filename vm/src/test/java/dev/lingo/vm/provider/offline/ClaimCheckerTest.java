package dev.lingo.vm.provider.offline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labelled set the check thresholds were set on. The offline model is a stand-in, not a
 * reasoner: it is held to most of these, and the misses are listed so a change that adds some is seen.
 */
class ClaimCheckerTest {

    private record Case(String claim, String text, boolean expected) {
    }

    private static final List<Case> CASES = List.of(
            new Case("the customer asks for a refund", "I was charged twice. Please refund one payment.", true),
            new Case("the customer asks for a refund", "I want my money back for this broken toaster.", true),
            new Case("the customer asks for a refund", "The app crashes when I open settings.", false),
            new Case("the customer asks for a refund", "Thanks for the quick delivery!", false),
            new Case("the product arrived damaged", "The box was crushed and the lid is cracked.", true),
            new Case("the product arrived damaged", "Shipping was fast and everything works.", false),
            new Case("the reviewer mentions the price", "It is way too expensive for what it does.", true),
            new Case("the reviewer mentions the price", "The kettle is loud but boils fast.", false),
            new Case("the user reports a bug", "The app crashes every time I rotate the screen.", true),
            new Case("the user reports a bug", "Could you add a dark mode?", false),
            new Case("the delivery was late", "My parcel arrived two weeks after the promised date.", true),
            new Case("the delivery was late", "The parcel arrived a day early, great service.", false),
            new Case("the customer is happy", "Absolutely love it, works perfectly.", true),
            new Case("the customer is happy", "Terrible experience, never again.", false),
            new Case("the invoice is paid", "Status: paid in full on 3 March.", true),
            new Case("the invoice is paid", "Status: unpaid. Please pay within 14 days.", false),
            new Case("the email asks for a meeting", "Could we meet on Tuesday to discuss the contract?", true),
            new Case("the email asks for a meeting", "Attached is the signed contract.", false),
            new Case("the hotel room was clean", "The room was spotless and the bed comfortable.", true),
            new Case("the hotel room was clean", "The bathroom was dirty and smelled bad.", false),
            new Case("the customer wants to cancel the subscription", "Please cancel my subscription effective today.", true),
            new Case("the customer wants to cancel the subscription", "I'd like to upgrade to the yearly plan.", false),
            new Case("the text mentions a competitor", "We switched from Acme because Globex was cheaper.", true),
            new Case("the text does not mention shipping", "The jacket fits well and the colour is nice.", true));

    @Test
    void atLeastSevenOfEightLabelledCasesAreRight() {
        List<Case> wrong = new ArrayList<>();
        for (Case c : CASES) {
            if (ClaimChecker.check(c.claim(), c.text()) != c.expected()) {
                wrong.add(c);
            }
        }
        assertTrue(wrong.size() <= 3, wrong.size() + " wrong of " + CASES.size() + ": " + wrong);
    }
}
