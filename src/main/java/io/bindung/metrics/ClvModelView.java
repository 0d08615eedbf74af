package io.bindung.metrics;

import java.time.Instant;

/** {@code ClvModel}: the fitted parameters, or why there are none. */
record ClvModelView(boolean available, String unavailable, long customers, Instant fittedAt, Double r, Double alpha, Double a,
                    Double b, Double p, Double q, Double v, Double purchasesLogLikelihood, Double spendLogLikelihood) {

    static ClvModelView of(LifetimeModel.Fitted fitted) {
        if (!fitted.available()) {
            return new ClvModelView(false, fitted.unavailable(), fitted.customers(), fitted.fittedAt(), null, null, null, null, null,
                    null, null, null, null);
        }
        return new ClvModelView(true, null, fitted.customers(), fitted.fittedAt(), fitted.purchases().r(), fitted.purchases().alpha(),
                fitted.purchases().a(), fitted.purchases().b(), fitted.spend().p(), fitted.spend().q(), fitted.spend().v(),
                fitted.purchasesLogLikelihood(), fitted.spendLogLikelihood());
    }
}
