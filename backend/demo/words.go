package demo

// Word lists behind the generated names and addresses. They favour the most common French surnames, trades and
// street names so that a screenshot of the demo looks like a real ledger.

var lastNames = []string{
	"Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon",
	"Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont",
	"Lambert", "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André", "Mercier", "Blanc",
	"Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin",
	"Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu", "Gautier", "Masson", "Marchand", "Duval", "Denis",
	"Dumont", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier", "Brun", "Blanchard", "Giraud", "Joly", "Rivière",
	"Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard", "Roche", "Renard", "Schmitt", "Roy",
	"Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine", "Renaud", "Dumas",
	"Lacroix", "Olivier", "Bourgeois", "Benoît", "Rey", "Leclerc", "Payet", "Rolland", "Leclercq", "Guillaume",
	"Lecomte", "Lopez", "Dupuy", "Guillot", "Hubert", "Berger", "Carpentier", "Sanchez", "Dupuis", "Moulin",
	"Deschamps", "Huet", "Vasseur", "Perez", "Boucher", "Fleury", "Royer", "Klein", "Jacquet", "Adam", "Poirier",
	"Marty", "Aubry", "Guyot", "Carré", "Charles", "Renault", "Charpentier", "Ménard", "Maillard", "Baron",
	"Bertin", "Bailly", "Hervé", "Schneider", "Fernandez", "Le Gall", "Collet", "Léger", "Bouvier", "Julien",
	"Prévost", "Millet", "Perrot", "Cousin", "Germain", "Breton", "Besson", "Langlois", "Rémy", "Le Goff",
	"Pelletier", "Lévêque", "Perrier", "Leblanc", "Barré", "Lebrun", "Marchal", "Weber", "Mallet", "Hamon",
	"Jacob", "Monnier", "Michaud", "Rodriguez", "Guichard", "Gillet", "Étienne", "Poulain", "Tessier", "Chauvin",
	"Da Silva", "Bouchet", "Lemaître", "Maréchal", "Humbert", "Reynaud", "Antoine", "Perret", "Barthélemy",
	"Cordier", "Pichon", "Lejeune", "Gilbert", "Lamy", "Delaunay", "Pasquier", "Carlier", "Laporte", "Nguyen",
	"Benali", "Haddad", "Diallo", "Traoré", "Ferreira", "Dos Santos", "Rossi", "Kaya", "Cohen", "Lévy",
}

var femaleFirstNames = []string{
	"Marie", "Nathalie", "Isabelle", "Sylvie", "Catherine", "Christine", "Sophie", "Claire", "Anne", "Valérie",
	"Sandrine", "Céline", "Stéphanie", "Julie", "Aurélie", "Émilie", "Camille", "Laura", "Manon", "Léa", "Chloé",
	"Pauline", "Élodie", "Caroline", "Virginie", "Hélène", "Agnès", "Martine", "Françoise", "Brigitte", "Patricia",
	"Véronique", "Laurence", "Karine", "Audrey", "Mélanie", "Charlotte", "Lucie", "Inès", "Sarah", "Marie-Christine",
	"Anne-Sophie", "Nadia", "Samira",
}

var maleFirstNames = []string{
	"Jean", "Pierre", "Michel", "Philippe", "Alain", "Nicolas", "Christophe", "Patrick", "Laurent", "Stéphane",
	"Julien", "Sébastien", "Frédéric", "David", "Éric", "Olivier", "Thomas", "Vincent", "Guillaume", "Antoine",
	"François", "Jérôme", "Mathieu", "Romain", "Maxime", "Alexandre", "Benoît", "Hugo", "Lucas", "Louis", "Paul",
	"Bruno", "Didier", "Thierry", "Pascal", "Gilles", "Yann", "Karim", "Mehdi", "Samuel", "Jean-Pierre",
	"Jean-Luc", "Marc", "Cédric",
}

// trades precede a surname: "Boulangerie Martin".
var trades = []string{
	"Boulangerie", "Pâtisserie", "Boucherie", "Charcuterie", "Fromagerie", "Menuiserie", "Plomberie", "Électricité",
	"Garage", "Carrosserie", "Transports", "Imprimerie", "Pharmacie", "Maçonnerie", "Couverture", "Peinture",
	"Serrurerie", "Ébénisterie", "Ambulances", "Taxis", "Librairie", "Optique", "Traiteur", "Chauffage",
	"Paysages", "Nettoyage", "Déménagements", "Métallerie", "Vitrerie", "Climatisation", "Charpente", "Carrelage",
	"Plâtrerie", "Terrassement", "Auto-École", "Fleurs", "Coiffure", "Quincaillerie", "Cave", "Isolation",
}

// sectors follow a surname or a region: "Moreau Logistique", "Provence Énergies".
var sectors = []string{
	"Bâtiment", "Logistique", "Industrie", "Distribution", "Conseil", "Informatique", "Services", "Immobilier",
	"Maintenance", "Équipements", "Emballages", "Énergies", "Environnement", "Agencement", "Froid Industriel",
	"Automatismes", "Négoce", "Ingénierie", "Matériaux", "Sécurité", "Textile", "Menuiseries", "Signalétique",
}

var regions = []string{
	"Atlantique", "Provence", "Alpes", "Normandie", "Bretagne", "Rhône", "Loire", "Méditerranée", "Aquitaine",
	"Val de Loire", "Île-de-France", "Nord", "Occitanie", "Vosges", "Jura", "Vendée", "Savoie", "Auvergne",
	"Picardie", "Lorraine", "Alsace", "Champagne", "Gironde", "Cévennes", "Armor", "Luberon",
}

// professions of a "Cabinet Dubois Architectes".
var professions = []string{
	"Architectes", "Avocats", "Expertise Comptable", "Géomètres-Experts", "Conseil", "Ingénierie", "Recrutement",
	"Kinésithérapie", "Dentaire", "Vétérinaire",
}

var venues = []string{
	"Hôtel", "Brasserie", "Restaurant", "Atelier", "Clinique Vétérinaire", "Crèche", "Camping", "Domaine",
	"Résidence", "Auberge", "Institut", "Galerie", "École de Musique", "Garage", "Pharmacie", "Cave",
}

var venueNames = []string{
	"du Parc", "de la Gare", "du Port", "des Lilas", "des Tilleuls", "du Marché", "des Chênes", "du Lac",
	"de la Fontaine", "des Vignes", "du Centre", "Saint-Jacques", "des Arts", "du Moulin", "de la Plage",
	"des Remparts", "du Théâtre", "des Halles", "de l'Étang", "des Pins", "du Château", "de la Cathédrale",
}

// legalForms with their weights: SARL and SAS dominate French SMEs.
var legalForms = []string{"SARL", "SAS", "EURL", "SASU", "SA", ""}
var legalFormWeights = []int{35, 30, 8, 10, 4, 13}

var streetTypes = []string{"rue", "rue", "rue", "rue", "avenue", "avenue", "boulevard", "place", "allée", "impasse",
	"quai", "chemin", "route", "cours"}

var streetNames = []string{
	"de la République", "Victor Hugo", "Jean Jaurès", "du Général de Gaulle", "Pasteur", "des Lilas", "de la Gare",
	"Gambetta", "du Château", "du Commerce", "Voltaire", "de Verdun", "des Écoles", "de la Liberté", "Émile Zola",
	"Carnot", "du Maréchal Foch", "de Paris", "du Moulin", "de l'Église", "Saint-Michel", "des Tanneurs",
	"de la Paix", "Jules Ferry", "Anatole France", "Louis Pasteur", "de la Mairie", "des Acacias", "du 8 Mai 1945",
	"Jean Moulin", "de la Poste", "des Tilleuls", "du Stade", "de la Fontaine", "Marcel Pagnol", "Lafayette",
	"de Strasbourg", "Paul Bert", "Alsace-Lorraine", "des Peupliers", "du Port", "Sadi Carnot", "Aristide Briand",
}

var businessLine2 = []string{"Bâtiment B", "ZA du Moulin", "ZI Nord", "Parc d'activités des Forges", "2e étage",
	"Zone artisanale des Prés", "CS 30012", "Immeuble Le Quadrant", "Pôle d'activités de la Gare"}

var homeLine2 = []string{"Appartement 12", "Résidence Les Tilleuls, bât. B", "Escalier A, 3e étage", "Lieu-dit Les Granges"}

type city struct {
	name  string
	codes []string
	zone  byte // first digits of landlines there: 01 Île-de-France, 02 north-west, 03 north-east, 04 south-east, 05 south-west
	w     int  // weight: big cities hold more businesses
}

func arrondissements(prefix string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = prefix + pad(i+1, 2)
	}
	return out
}

var cities = []city{
	{"Paris", arrondissements("750", 20), '1', 18},
	{"Lyon", arrondissements("690", 9), '4', 8},
	{"Marseille", arrondissements("130", 16), '4', 7},
	{"Lille", []string{"59000", "59800"}, '3', 4},
	{"Nantes", []string{"44000", "44100", "44300"}, '2', 4},
	{"Bordeaux", []string{"33000", "33800", "33300"}, '5', 4},
	{"Toulouse", []string{"31000", "31200", "31400", "31500"}, '5', 5},
	{"Strasbourg", []string{"67000", "67100", "67200"}, '3', 3},
	{"Rennes", []string{"35000", "35200", "35700"}, '2', 3},
	{"Montpellier", []string{"34000", "34070", "34090"}, '4', 3},
	{"Nice", []string{"06000", "06100", "06200", "06300"}, '4', 3},
	{"Grenoble", []string{"38000", "38100"}, '4', 2},
	{"Dijon", []string{"21000"}, '3', 2},
	{"Angers", []string{"49000", "49100"}, '2', 2},
	{"Reims", []string{"51100"}, '3', 2},
	{"Le Havre", []string{"76600", "76610"}, '2', 1},
	{"Saint-Étienne", []string{"42000", "42100"}, '4', 2},
	{"Toulon", []string{"83000", "83100", "83200"}, '4', 2},
	{"Clermont-Ferrand", []string{"63000", "63100"}, '4', 2},
	{"Tours", []string{"37000", "37100", "37200"}, '2', 2},
	{"Limoges", []string{"87000", "87100"}, '5', 1},
	{"Amiens", []string{"80000", "80090"}, '3', 1},
	{"Metz", []string{"57000", "57050"}, '3', 1},
	{"Besançon", []string{"25000"}, '3', 1},
	{"Orléans", []string{"45000", "45100"}, '2', 2},
	{"Rouen", []string{"76000", "76100"}, '2', 2},
	{"Caen", []string{"14000"}, '2', 1},
	{"Nancy", []string{"54000"}, '3', 1},
	{"Perpignan", []string{"66000", "66100"}, '4', 1},
	{"Brest", []string{"29200"}, '2', 1},
	{"La Rochelle", []string{"17000"}, '5', 1},
	{"Poitiers", []string{"86000"}, '5', 1},
	{"Annecy", []string{"74000"}, '4', 1},
	{"Aix-en-Provence", []string{"13090", "13100"}, '4', 2},
	{"Versailles", []string{"78000"}, '1', 2},
	{"Boulogne-Billancourt", []string{"92100"}, '1', 2},
	{"Montreuil", []string{"93100"}, '1', 2},
	{"Nanterre", []string{"92000"}, '1', 1},
	{"Créteil", []string{"94000"}, '1', 1},
	{"Pau", []string{"64000"}, '5', 1},
	{"Bayonne", []string{"64100"}, '5', 1},
	{"Avignon", []string{"84000"}, '4', 1},
	{"Le Mans", []string{"72000", "72100"}, '2', 1},
	{"Mulhouse", []string{"68100", "68200"}, '3', 1},
	{"Vannes", []string{"56000"}, '2', 1},
	{"Chambéry", []string{"73000"}, '4', 1},
}

// foreign clients write in English; EU ones carry a VAT number and are invoiced under reverse charge.
type country struct {
	name     string // as printed on a French letter
	tld      string
	vatPfx   string // "" outside the EU
	vatDigit int
	vatSfx   string
	city     string
	codes    []string
	phone    string
	streets  []string
	names    []string
	forms    []string
	sectors  []string
}

var countries = []country{
	{"Royaume-Uni", "co.uk", "", 0, "", "London", []string{"EC1V 9HX", "SE1 7PB", "W1T 4JE", "N1 9GU"}, "+44 20 7946 ",
		[]string{"Old Street", "Borough High Street", "Charlotte Street", "Upper Street"},
		[]string{"Harrington", "Whitfield", "Ashworth", "Pembroke", "Caldwell", "Thornton"}, []string{"Ltd", "Ltd", "LLP"},
		[]string{"Trading", "Consulting", "Design", "Logistics", "Foods"}},
	{"Irlande", "ie", "IE", 7, "W", "Dublin", []string{"D02 X285", "D08 VF8H", "D04 C932"}, "+353 1 555 ",
		[]string{"Baggot Street", "Thomas Street", "Pembroke Road"},
		[]string{"Brennan", "Walsh", "O'Connor", "Kavanagh", "Doyle"}, []string{"Ltd", "DAC"},
		[]string{"Software", "Consulting", "Engineering", "Trading"}},
	{"Allemagne", "de", "DE", 9, "", "Berlin", []string{"10115", "10405", "10969"}, "+49 30 ",
		[]string{"Invalidenstraße", "Kastanienallee", "Oranienstraße"},
		[]string{"Müller", "Schneider", "Fischer", "Wagner", "Becker"}, []string{"GmbH", "GmbH", "AG"},
		[]string{"Maschinenbau", "Logistik", "Technik", "Handel"}},
	{"Pays-Bas", "nl", "NL", 9, "B01", "Amsterdam", []string{"1012 AB", "1017 CT", "1071 DJ"}, "+31 20 ",
		[]string{"Herengracht", "Prinsengracht", "Van Baerlestraat"},
		[]string{"Van Dijk", "De Vries", "Bakker", "Visser", "Jansen"}, []string{"B.V.", "B.V."},
		[]string{"Logistics", "Trading", "Design", "Horticulture"}},
}

var englishFirstNames = []string{"James", "Emma", "Oliver", "Sophie", "Liam", "Grace", "Thomas", "Hannah", "Daniel",
	"Claire", "Anna", "Lukas", "Sanne", "Pieter", "Siobhan", "Conor"}

// consumerMailHosts are personal mailboxes' domains. Only reserved names (RFC 2606 and 6761): no message written to
// demo data can ever reach a real person.
var consumerMailHosts = []string{"example.com", "example.org", "example.net", "messagerie.example", "courriel.example",
	"boite-mail.example", "webmail.test", "fai.test"}

var genericMailboxes = []string{"compta", "comptabilite", "facturation", "factures", "contact", "admin", "gestion"}

// roles in the masculine and the feminine.
var billingRoles = [][2]string{{"Comptable", "Comptable"}, {"Responsable comptabilité", "Responsable comptabilité"},
	{"Assistant administratif", "Assistante administrative"},
	{"Directeur administratif et financier", "Directrice administrative et financière"},
	{"Service comptabilité fournisseurs", "Service comptabilité fournisseurs"},
	{"Gestionnaire paie et comptabilité", "Gestionnaire paie et comptabilité"}}

var otherRoles = [][2]string{{"Gérant", "Gérante"}, {"Président", "Présidente"},
	{"Directeur technique", "Directrice technique"}, {"Responsable des achats", "Responsable des achats"},
	{"Conducteur de travaux", "Conductrice de travaux"}, {"Chef de projet", "Cheffe de projet"},
	{"Directeur commercial", "Directrice commerciale"}}

var cancelNotes = []string{"Annulée : erreur de tarif, avoir émis", "Annulée : commande annulée par le client",
	"Annulée : facture émise en double", "Annulée : mauvais destinataire, refacturée"}
