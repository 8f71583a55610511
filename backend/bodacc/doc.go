// Package bodacc reads the collective proceedings (sauvegarde, redressement, liquidation judiciaire) the Bulletin
// officiel des annonces civiles et commerciales publishes about a company, from the DILA's open-data API (dataset
// « annonces-commerciales », Explore API v2.1, no account). What is sent is the SIREN asked, nothing else.
//
// An announcement carries the judgment as a JSON string (« jugement »: famille, nature, date, complementJugement);
// it is read defensively: any field may be missing, null, or of another type, and a nature Relance does not know
// is kept as « other » rather than refused. Proceedings folds the judgments of one company, oldest first, into its
// proceedings (opening, plan, conversion, closing); Deadline is the last day to declare a claim (art. R622-24).
package bodacc
