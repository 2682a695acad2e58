package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a field's name and description say about where its value is: the words to look near, a
 * phrase to compare sentences with, and which rule family applies (money, date, e-mail…).
 * A cue with no name stands for a whole answer ({@code extract Int from text}).
 */
record FieldCue(String name, String description, List<String> nameWords, Set<String> keywords) {

    static final FieldCue NONE = new FieldCue("", null, List.of(), Set.of());

    static FieldCue of(String name, String description) {
        List<String> words = TextUnits.nameWords(name == null ? "" : name);
        Set<String> keys = new LinkedHashSet<>();
        for (String w : words) {
            if (!TextUnits.STOPWORDS.contains(w)) {
                keys.add(TextUnits.stem(w));
            }
        }
        if (description != null) {
            keys.addAll(TextUnits.keywords(description));
        }
        return new FieldCue(name == null ? "" : name, description, List.copyOf(words), keys);
    }

    boolean isEmpty() {
        return nameWords.isEmpty() && (description == null || description.isBlank());
    }

    /** The name as words, with the description: what sentences are compared with. */
    String phrase() {
        String n = String.join(" ", nameWords);
        return description == null || description.isBlank() ? n : n + ": " + description;
    }

    /** The description as a claim when there is one, else the name as words ({@code wantsRefund} → "wants refund"). */
    String claim() {
        return description != null && !description.isBlank() ? description : String.join(" ", nameWords);
    }

    boolean nameHas(String... words) {
        for (String w : words) {
            if (nameWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name or description has one of these words (compared as stems). */
    boolean mentions(String... words) {
        for (String s : words) {
            if (keywords.contains(s) || keywords.contains(TextUnits.stem(s))) {
                return true;
            }
        }
        return false;
    }

    boolean isMoney() {
        return mentions("total", "amount", "price", "cost", "sum", "due", "balance", "fee", "paid", "subtotal", "tax",
                "charg", "refund", "pay", "payment", "spend", "spent", "revenu", "salary", "budget", "money");
    }

    boolean isPercent() {
        return nameHas("percent", "percentage", "pct", "rate", "discount", "vat", "margin", "share", "ratio")
                || description != null && (description.contains("%") || description.toLowerCase().contains("percent"));
    }

    boolean isDate() {
        return nameHas("date", "day", "due", "deadline", "when", "issued", "birthday", "dob", "since", "until", "at", "on")
                || mentions("dat", "deadlin", "birthday");
    }

    boolean isEmail() {
        return nameHas("email", "mail", "e") && mentions("mail", "email");
    }

    boolean isUrl() {
        return nameHas("url", "link", "website", "homepage", "site", "uri", "href");
    }

    boolean isPhone() {
        return nameHas("phone", "tel", "telephone", "mobile", "cell", "fax");
    }

    boolean isIdentifier() {
        return nameHas("id", "number", "no", "nr", "num", "ref", "reference", "code", "sku", "invoice", "order", "ticket",
                "tracking", "account", "iban") && !isMoney();
    }

    boolean isPersonName() {
        return nameHas("customer", "reviewer", "author", "sender", "person", "contact", "agent", "recipient", "signer",
                "assignee", "reporter", "requester", "user", "client", "buyer", "seller", "employee", "manager", "owner")
                || nameWords.equals(List.of("name")) || nameHas("first", "last", "full") && nameHas("name");
    }

    /** Fields that want the whole input back. */
    boolean isWholeText() {
        return nameWords.equals(List.of("text")) || nameHas("body", "content", "original", "raw", "verbatim");
    }

    boolean isSummary() {
        return nameHas("summary", "gist", "tldr", "abstract", "overview", "synopsis");
    }

    /** Fields whose value is a short thing, not a sentence: a product, a company, a city. */
    boolean isEntity() {
        return nameHas("product", "item", "company", "vendor", "merchant", "supplier", "brand", "store", "shop", "city",
                "country", "place", "location", "model", "device", "service", "plan", "name", "title", "organization",
                "organisation", "employer", "team", "department", "language", "currency", "category", "topic",
                "subject", "destination", "origin", "airline", "hotel", "restaurant", "app", "feature", "tool");
    }

    List<String> allWords() {
        return new ArrayList<>(keywords);
    }
}
