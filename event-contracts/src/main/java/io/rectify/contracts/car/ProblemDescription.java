package io.rectify.contracts.car;

import java.util.List;

/** D2: the problem in 5W2H terms, sharpened by is / is-not, with the quantities concerned. */
public record ProblemDescription(String what,
                                 String why,
                                 String where,
                                 String when,
                                 String who,
                                 String how,
                                 String howMany,
                                 List<IsIsNot> isIsNot,
                                 int quantityAffected) {
}
