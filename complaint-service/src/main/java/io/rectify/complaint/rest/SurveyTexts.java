package io.rectify.complaint.rest;

import io.rectify.contracts.common.Language;

import java.util.Map;

/** The few words of the survey page, in the customer's language. */
final class SurveyTexts {

    private static final Map<Language, Map<String, String>> TEXTS = Map.of(
            Language.EN, Map.of(
                    "title", "How did we handle your complaint?",
                    "rating", "Your rating, from 1 (very dissatisfied) to 5 (very satisfied)",
                    "comment", "Anything we should know (optional)",
                    "send", "Send",
                    "choose", "Please choose a rating from 1 to 5.",
                    "thanks", "Thank you. Your rating has been recorded on the case.",
                    "answered", "This survey has been answered already. Thank you.",
                    "invalid", "This survey link is not valid. Please use the link from the latest closure mail."),
            Language.EL, Map.of(
                    "title", "Πώς χειριστήκαμε το παράπονό σας;",
                    "rating", "Η βαθμολογία σας, από 1 (πολύ δυσαρεστημένος) έως 5 (πολύ ικανοποιημένος)",
                    "comment", "Κάτι που πρέπει να γνωρίζουμε (προαιρετικά)",
                    "send", "Αποστολή",
                    "choose", "Παρακαλούμε επιλέξτε βαθμολογία από 1 έως 5.",
                    "thanks", "Σας ευχαριστούμε. Η βαθμολογία σας καταχωρήθηκε στην υπόθεση.",
                    "answered", "Η έρευνα έχει ήδη απαντηθεί. Σας ευχαριστούμε.",
                    "invalid", "Ο σύνδεσμος της έρευνας δεν είναι έγκυρος. Χρησιμοποιήστε τον σύνδεσμο του τελευταίου μηνύματος κλεισίματος."),
            Language.SR, Map.of(
                    "title", "Како смо решили вашу рекламацију?",
                    "rating", "Ваша оцена, од 1 (веома незадовољан) до 5 (веома задовољан)",
                    "comment", "Шта још треба да знамо (необавезно)",
                    "send", "Пошаљи",
                    "choose", "Молимо изаберите оцену од 1 до 5.",
                    "thanks", "Хвала. Ваша оцена је забележена у предмету.",
                    "answered", "Ова анкета је већ попуњена. Хвала.",
                    "invalid", "Линк анкете није важећи. Користите линк из последње поруке о затварању."));

    private SurveyTexts() {
    }

    static Map<String, String> of(Language language) {
        return TEXTS.getOrDefault(language, TEXTS.get(Language.EN));
    }
}
