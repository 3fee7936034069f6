"""Batch 5, French. Written by helper `blind5c` on 2026-12-04 without reading the rules."""

from blind.engine import T

_PIED_MUTUELLE = """Mutuelle Horizon Santé · Mutuelle régie par le livre II du Code de la mutualité
SIREN 775 671 356 · 18 rue de la Part-Dieu, 69003 Lyon · Service adhérents : 09 70 80 81 82"""

_PIED_BOX = """Votre service clients Liaz Télécom
Liaz Télécom SAS · RCS Paris 488 095 803 · 8 rue de la Ville-l'Évêque, 75008 Paris"""

TEMPLATES = [
    # ------------------------------------------------------------------ decoy: about a secret, none given
    T("text", "decoy", "Une lettre recommandée électronique vous attend",
      """Bonjour {F:name},

une lettre recommandée électronique vous a été adressée le {D:date} par la Caisse d'allocations
familiales de votre département.

Numéro de la lettre : {D:tracking}

Pour en prendre connaissance, connectez-vous à votre espace. Au moment de l'ouverture, un code à
usage unique vous sera envoyé par SMS ; il reste valable 15 minutes. Sans ouverture de votre part
dans un délai de 15 jours, la lettre sera considérée comme refusée.

Le service Lettre recommandée en ligne"""),
    T("html", "decoy", "Modification du mot de passe de votre compte adhérent",
      """<p>Bonjour {F:name},</p>
<p>Le mot de passe de votre compte adhérent a été modifié le <b>{D:date}</b> à <b>{D:time}</b>
depuis l'application mobile.</p>
<p>Vous n'êtes pas à l'origine de cette modification ? Appelez sans attendre notre service
adhérents en rappelant la référence de votre dossier, n° {D:caseno}.</p>
<p>""" + _PIED_MUTUELLE.replace("\n", "<br>") + "</p>"),
    T("br", "decoy", "Votre code secret Vélo'Cité",
      """Bonjour {F:name},
vous pouvez désormais choisir vous-même votre code secret Vélo'Cité.
Rendez-vous dans l'application, rubrique Mon compte > Sécurité > Modifier mon code secret.

Votre numéro d'abonné reste le {D:custno}.
Le code actuel reste valable tant que vous ne l'avez pas changé.

L'équipe Vélo'Cité"""),
    T("table", "decoy", "Votre mot de passe universitaire arrive à expiration",
      """Bonjour,

le mot de passe de votre compte numérique (messagerie, Moodle, Wi-Fi eduroam) doit être renouvelé tous les 180 jours.

Compte | {F:name}.martin@etu.univ-exemple.fr
Expiration du mot de passe | {D:date}
Renouvellement | sur le portail Mon Compte, rubrique « Changer mon mot de passe »
Assistance sur place | bâtiment B, salle {D:roomno}

La Direction du numérique"""),
    T("blocks", "decoy", "Installation de votre box : les informations utiles",
      """Bonjour {F:name},

votre box vous a été livrée. Voici ce qu'il faut savoir pour la brancher.

Numéro de série | {D:serial}
Clé Wi-Fi | imprimée sur l'étiquette collée sous la box
Ligne fixe | {D:phone}

Vous pourrez personnaliser le nom du réseau et la clé depuis votre Espace client.

""" + _PIED_BOX),
    T("text", "decoy", "Code confidentiel oublié : comment le retrouver",
      """Bonjour {F:name},

vous nous avez signalé avoir oublié le code confidentiel de votre carte se terminant par
{D:masked}.

Vous pouvez le consulter à tout moment dans votre application, rubrique Cartes > Afficher mon
code confidentiel, après validation par votre empreinte ou votre code d'accès. Aucun conseiller
ne vous le communiquera par téléphone ni par courriel.

Vous préférez le recevoir par courrier ? Faites la demande en agence : le code vous sera adressé
sous 5 jours ouvrés, pour un coût de {D:price}.

Votre conseiller, {F:name}"""),
    T("html", "decoy", "Votre carte SIM est bloquée",
      """<p>Bonjour,</p>
<p>Trois codes PIN erronés ont été saisis sur la ligne <b>{D:phone}</b> : votre carte SIM est
bloquée.</p>
<p>Pour la débloquer, il vous faut le code PUK. Vous le trouverez :</p>
<ul>
<li>dans votre Espace client, rubrique <i>Ma ligne &gt; Code PUK</i> ;</li>
<li>ou au dos du support plastique sur lequel votre carte SIM était fixée.</li>
</ul>
<p>Attention : au bout de dix codes PUK erronés, la carte SIM devient définitivement inutilisable
et doit être remplacée.</p>
<p>""" + _PIED_BOX.replace("\n", "<br>") + "</p>"),
    T("br", "decoy", "Attention aux faux messages de votre mutuelle",
      """Chère adhérente, cher adhérent,
nous constatons une recrudescence de SMS et de courriels frauduleux qui reprennent notre logo et vous annoncent un remboursement en attente.

Nous ne vous demanderons jamais votre mot de passe, vos coordonnées bancaires complètes ni le code que vous recevez par SMS pour vous connecter.
En cas de doute, connectez-vous directement à votre espace adhérent sans passer par le lien reçu.

""" + _PIED_MUTUELLE),
    T("text", "decoy", "Création de votre compte Navigo",
      """Bonjour {F:name},

votre compte a bien été créé sous le numéro client {D:custno}.

Le mot de passe provisoire qui vous a été envoyé par SMS expire dans 24 heures. Passé ce délai, il
faudra en demander un nouveau depuis la page de connexion, lien « Mot de passe oublié ».

À bientôt dans nos transports."""),
    T("table", "decoy", "Votre contrat de location de box",
      """Bonjour {F:name},

merci d'avoir choisi notre centre de stockage de {F:city}. Voici le récapitulatif de votre réservation.

Box réservé | n° {D:roomno} (6 m², rez-de-chaussée)
Date d'entrée | {D:date}
Loyer mensuel | {D:price}
Code d'accès au portail | remis en main propre à la signature du bail
Horaires d'accès | tous les jours de 6h à 22h

Pensez à apporter votre propre cadenas ou à en acheter un à l'accueil."""),
    T("blocks", "decoy", "Bienvenue à l'Atelier Coworking",
      """Bonjour {F:name},

nous sommes ravis de vous accueillir à partir du {D:date}.

Badge d'accès | à retirer à l'accueil dès votre arrivée
Votre bureau | {D:roomno}
Wi-Fi | le mot de passe du réseau est affiché à l'accueil et change chaque lundi
Facture | {D:invoice}

À très vite !"""),
    T("html", "decoy", "Paiement en attente de validation",
      """<p>Bonjour {F:name},</p>
<p>Vous avez initié un paiement de <b>{D:price}</b> au profit de {F:shop} (commande
{D:order}).</p>
<p>Pour le finaliser, saisissez le code de validation reçu par SMS. Ce code est valable
<b>10 minutes</b> et ne doit être communiqué à personne, pas même à un conseiller.</p>
<p>Si vous n'êtes pas à l'origine de ce paiement, ne saisissez rien et contactez-nous au
{D:phone}.</p>"""),
    T("text", "decoy", "ENT : les identifiants de votre enfant",
      """Madame, Monsieur,

les identifiants de l'espace numérique de travail (ENT) de votre enfant seront remis par le
professeur principal le {D:date}, en classe. Ils ne seront pas envoyés par courriel.

Lors de la première connexion, chaque élève devra choisir un nouveau mot de passe d'au moins
huit caractères. En cas de perte, adressez-vous à la vie scolaire (poste {D:roomno}).

Le principal du collège"""),
    T("br", "decoy", "Votre location commence demain",
      """Bonjour {F:name},
votre location de la Peugeot 208 commence demain à {D:time}, réservation {D:pnr}.

Le code de déverrouillage du véhicule s'affichera dans l'application 30 minutes avant le début de la location. Il ne vous sera pas envoyé par e-mail.
Pensez à faire l'état des lieux photo avant de démarrer.

Bonne route !"""),
    T("table", "decoy", "Récapitulatif de vos moyens d'authentification",
      """Bonjour {F:name},

à votre demande, voici l'état de vos moyens d'authentification au {D:date}.

Mot de passe | modifié le {D:date2}
Clé de sécurité Sécur'Accès | activée sur votre téléphone
Numéro de confiance | {D:phone}
Questions de sécurité | non renseignées

Pour modifier l'un de ces éléments, rendez-vous dans Profil > Sécurité."""),
    T("blocks", "decoy", "Votre espace client énergie est prêt",
      """Bonjour {F:name},

votre espace client est ouvert. Vous y retrouverez vos factures et votre consommation.

Compteur Linky | {D:serial}
Identifiant | votre adresse e-mail
Mot de passe | celui que vous avez choisi lors de votre inscription
Référence client | {D:custno}

Mot de passe oublié ? Utilisez le lien sur la page de connexion."""),
    T("html", "decoy", "Votre carte d'identité électronique est disponible",
      """<p>Madame, Monsieur,</p>
<p>Votre nouvelle carte d'identité électronique est disponible à l'administration communale de
{F:city}, guichet Population, du lundi au vendredi de 8h30 à 12h.</p>
<p>Les codes PIN et PUK de votre carte vous parviendront par courrier séparé, à votre domicile.
Munissez-vous de ce courrier lors du retrait : les codes devront être activés au guichet.</p>
<p>Numéro de dossier : {D:caseno}</p>"""),
    # ------------------------------------------------------------------ none: no secret at all
    T("text", "none", "Votre e-billet Paris - Lyon",
      """Bonjour {F:name},

voici votre e-billet.

Référence du dossier : {D:pnr}
Aller : le {D:date}, départ Paris Gare de Lyon à {D:time}
Train n° 6613, voiture 14, place 86
Prix payé : {D:price}

Présentez le code-barres de votre billet au contrôleur, sur votre téléphone ou imprimé.

Bon voyage !"""),
    T("html", "none", "Rappel de votre rendez-vous",
      """<p>Bonjour {F:name},</p>
<p>Nous vous rappelons votre rendez-vous avec le Dr Lemaire, kinésithérapeute, le
<b>{D:date}</b> à <b>{D:time}</b>.</p>
<p>Adresse : {F:street}, {D:postcode} {F:city}, 2e étage, porte gauche.</p>
<p>En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance au {D:phone}.</p>"""),
    T("table", "none", "Votre facture d'électricité",
      """Bonjour {F:name},

votre facture est disponible dans votre espace client.

Référence client | {D:custno}
Numéro de facture | {D:invoice}
Montant TTC | {D:price}
Date de prélèvement | {D:date}
Compte débité | {D:iban}

Merci de votre confiance."""),
    T("br", "none", "Votre colis est arrivé en point relais",
      """Bonjour {F:name},
votre colis n° {D:tracking} (commande {D:order}) est disponible au point relais :
Tabac-Presse du Centre, {F:street}, {D:postcode} {F:city}.

Il y restera 14 jours. Munissez-vous d'une pièce d'identité pour le retirer.
Horaires : du mardi au samedi, 7h-19h30."""),
    T("blocks", "none", "Appel de fonds du 1er trimestre",
      """Madame, Monsieur,

veuillez trouver ci-dessous l'appel de fonds de votre copropriété.

Lot | n° {D:roomno}
Montant appelé | {D:price}
Échéance | {D:date}
Référence à rappeler | {D:ref}

Le cabinet Dufresne, syndic"""),
    T("text", "none", "Votre carte d'identité est prête",
      """Madame, Monsieur,

votre carte nationale d'identité (demande {D:ref}) est arrivée en mairie. Vous pouvez venir la
retirer au service État civil, du lundi au vendredi de 9h à 12h et de 14h à 17h, sur
présentation du récépissé de dépôt.

Passé un délai de trois mois, le titre sera détruit.

Mairie de {F:city} · {F:street} · {D:phone}"""),
    T("html", "none", "Confirmation de votre commande",
      """<p>Bonjour {F:name},</p>
<p>Merci pour votre commande <b>{D:order}</b> du {D:date}.</p>
<table>
<tr><td>Tente 3 places</td><td>{D:price}</td></tr>
<tr><td>Livraison</td><td>offerte</td></tr>
</table>
<p>Elle sera expédiée sous 48 heures à l'adresse suivante : {F:street}, {D:postcode} {F:city}.
Numéro de suivi : {D:tracking}.</p>"""),
    # ------------------------------------------------------------------ easy
    T("text", "easy", "Votre code de vérification",
      """Bonjour,

votre code de vérification est : {S:otp}

Il expire dans 10 minutes. Si vous n'avez pas demandé à vous connecter, ignorez ce message."""),
    T("table", "easy", "Votre carte cadeau",
      """Bonjour {F:name},

Un proche vous offre une carte cadeau {F:shop} d'un montant de {D:price}.

Numéro de la carte | {S:card}
Code PIN | {S:pin}
Valable jusqu'au | {D:date}

Utilisable en magasin et sur notre site."""),
    T("br", "easy", "Création de votre compte bibliothèque universitaire",
      """Bonjour {F:name},
votre compte lecteur a été créé.
Identifiant : {D:custno}
Mot de passe provisoire : {S:pw}
Vous devrez le modifier à la première connexion."""),
    T("html", "easy", "Votre colis vous attend en consigne",
      """<p>Bonjour {F:name},</p>
<p>Votre colis {D:tracking} a été déposé dans la consigne automatique de la gare de {F:city}.</p>
<p>Code de retrait : <b>{S:pin6}</b></p>
<p>Il sera disponible pendant 3 jours.</p>"""),
    # ------------------------------------------------------------------ hard
    T("text", "hard", "Votre colis est dans le casier",
      """Bonjour {F:name},

votre colis {D:tracking} vous attend dans la consigne Pickup Station du centre commercial de
{F:city}, casier n° {D:roomno}.

Pour ouvrir le casier, saisissez {S:pin6} sur l'écran tactile de la consigne, puis laissez-vous
guider.

Vous avez jusqu'au {D:date} pour le retirer."""),
    T("html", "hard", "Votre lavage Premium est prêt",
      """<p>Bonjour {F:name},</p>
<p>Merci pour votre achat d'un lavage Premium ({D:price}) à la station {F:shop} de
{F:city}.</p>
<p>Une fois devant le portique, tapez <b>{S:pin6}</b> sur le clavier de la borne, puis validez
avec la touche verte.</p>
<p>Ce lavage peut être utilisé une seule fois, jusqu'au {D:date}.</p>"""),
    T("br", "hard", "Changement du digicode de l'immeuble",
      """Bonjour à toutes et à tous,
à la suite du remplacement du portail, le digicode de l'immeuble change le {D:date}.
Ce sera désormais {S:pin}.

Merci de ne pas le communiquer en dehors des résidents de l'Atelier.
L'équipe de l'accueil"""),
    T("table", "hard", "Attestation de salaire",
      """Madame, Monsieur,

vous trouverez ci-dessous les informations nécessaires à votre dossier d'indemnisation.

Salarié | {F:name} Bernard
N° SS | {S:nid}
Période | du {D:date} au {D:date2}
Salaire brut de référence | {D:price}

Le service des ressources humaines"""),
    T("blocks", "hard", "Votre box est activée",
      """Bonjour {F:name},

votre ligne est active. Pour connecter vos appareils en Wi-Fi, sélectionnez le réseau de votre box puis renseignez la clé ci-dessous.

Nom du réseau (SSID) | Liaz-{D:amount}
Clé de sécurité | {S:phrase}
Numéro de série | {D:serial}

""" + _PIED_BOX),
    T("text", "hard", "Votre carte carburant",
      """Bonjour,

la carte carburant de votre véhicule de service ({D:masked}) est active depuis le {D:date}.
Le code à composer à la pompe est indiqué en bas de ce message : apprenez-le, puis supprimez ce
courriel.

Service Parc automobile
{F:street}, {D:postcode} {F:city}

{S:pin}"""),
    T("html", "hard", "Bienvenue sur l'ENT du lycée",
      """<p>Bonjour {F:name},</p>
<p>Ton compte sur l'espace numérique du lycée est prêt. Ton identifiant est
<b>{F:name}.moreau</b>.</p>
<p>Pour ta première connexion, le mot de passe est <b>{S:pwword}</b> ; tu devras en choisir un
nouveau tout de suite après.</p>
<p>La vie scolaire</p>"""),
    T("br", "hard", "{S:otp} est votre code",
      """Bonjour,
pour confirmer la connexion à votre compte depuis un nouvel appareil, saisissez le code indiqué dans l'objet de ce message.

Si ce n'est pas vous, changez dès maintenant votre mot de passe.
L'équipe sécurité"""),
    T("table", "hard", "Votre nouvelle carte SIM",
      """Bonjour {F:name},

votre nouvelle carte SIM pour la ligne {D:phone} a été expédiée. Gardez ce message : vous aurez besoin des deux codes ci-dessous.

Code à 4 chiffres demandé à l'allumage | {S:pin}
Code de déblocage | {S:puk}

""" + _PIED_BOX),
    T("blocks", "hard", "Votre logiciel de comptabilité",
      """Bonjour {F:name},

merci pour votre achat. Lors du premier lancement, le logiciel vous demandera la clé de produit ci-dessous.

Votre clé de produit | {S:akey}
Numéro de commande | {D:order}
Nombre de postes | 3

Le support technique"""),
    T("text", "hard", "Cession de votre véhicule",
      """Bonjour {F:name},

votre déclaration de cession du véhicule immatriculé GH-417-TK a bien été enregistrée le {D:date}
(dossier {D:ref}).

Remettez à l'acquéreur le code suivant : il lui permettra d'immatriculer le véhicule à son nom.

{S:otpg}

Conservez ce message jusqu'à la fin de la démarche."""),
    T("html", "hard", "Votre location est confirmée",
      """<p>Bonjour {F:name},</p>
<p>Votre location du {D:date} est confirmée (réservation {D:pnr}).</p>
<p>Arrivé près de la voiture, ouvrez le boîtier situé derrière le pare-brise, composez
<b>{S:pin6}</b> puis appuyez sur la touche #. Les clés se trouvent dans la boîte à gants.</p>
<p>Bonne route !</p>"""),
    T("br", "hard", "Votre colis Relais Express",
      """Bonjour {F:name},
votre colis {D:tracking} est arrivé chez votre commerçant Relais Express, {F:street} à {F:city}.

Communiquez {S:otp} au commerçant pour le retirer.
Il vous sera demandé en plus une pièce d'identité."""),
    T("table", "hard", "Votre question de sécurité a été enregistrée",
      """Bonjour {F:name},

elle vous sera posée si vous appelez notre centre de relation clients depuis un numéro inconnu.

Question choisie | Nom de votre premier animal de compagnie
Réponse enregistrée | {S:answer}
Date | {D:date}

Vous pourrez la modifier dans Profil > Sécurité."""),
    T("blocks", "hard", "Accès Wi-Fi de votre séminaire",
      """Bonjour {F:name},

pour votre séminaire du {D:date} en salle {D:roomno}, voici les informations de connexion pour vos participants.

Réseau | Hotel-Seminaires
Clé WPA2 | {S:pw}

Le service événements"""),
    T("text", "hard", "Re: Impossible de me connecter",
      """Bonjour {F:name},

comme convenu au téléphone, j'ai réinitialisé votre accès. Connectez-vous avec {S:pw} : le site
vous demandera aussitôt d'en choisir un autre.

Bonne journée,
{F:name}, support client (ticket {D:caseno})

> Le {D:date}, vous avez écrit :
> Bonjour, depuis hier je n'arrive plus à me connecter à mon compte."""),
    T("html", "hard", "Votre nouveau code secret Vélo'Cité",
      """<p>Bonjour {F:name},</p>
<p>Vous venez de demander un nouveau code secret pour louer nos vélos avec votre abonnement
n° {D:custno}.</p>
<p>Le voici : <b>{S:pin}</b></p>
<p>Il remplace l'ancien dès maintenant.</p>"""),
    T("br", "hard", "Préventes : votre accès prioritaire",
      """Bonjour {F:name},
en tant que membre du fan-club, vous avez accès aux préventes du concert du {D:date} à {F:city}.
Ouverture jeudi à 10h. Au moment du paiement, saisissez dans le champ prévu à cet effet :
{S:otpg}

Une seule utilisation par compte, dans la limite de 4 billets."""),
    T("table", "hard", "Votre retrait sans carte",
      """Bonjour,

vous avez préparé un retrait d'espèces sans carte.

Montant | {D:price}
Valable jusqu'à | {D:time}
À saisir au distributeur | {S:pin6}

Ce retrait est possible dans tous nos distributeurs."""),
    T("blocks", "hard", "Votre compte informatique",
      """Bonjour {F:name},

bienvenue dans l'équipe ! Votre compte informatique a été créé par le service informatique.
Votre mot de passe temporaire est affiché ci-dessous.

Identifiant | {F:name}.garnier
Valable 72 heures | {S:pw}

Bureau de l'assistance informatique : {D:roomno}"""),
    T("text", "hard", "Votre ligne fixe est activée",
      """Bonjour {F:name},

votre ligne fixe {D:phone} est activée.

Pour accéder à votre Espace client, utilisez votre identifiant {D:custno} et le mot de passe
{S:pw}. Pour écouter votre messagerie vocale depuis l'étranger, composez le numéro de votre
ligne, appuyez sur étoile puis tapez {S:pin} suivi de #.

""" + _PIED_BOX),
    T("html", "hard", "Location de vélo : votre cadenas",
      """<p>Bonjour {F:name},</p>
<p>Votre vélo vous attend devant la boutique {F:shop} le {D:date} à partir de {D:time}.</p>
<p>Il est attaché avec un cadenas à combinaison, qui s'ouvre avec <b>{S:pin}</b>.
Merci de le refermer sur la même combinaison en le rendant.</p>"""),
    T("text", "hard", "Votre mot de passe a été modifié",
      """Bonjour {F:name},

conformément à votre demande auprès de notre assistance du {D:date}, votre mot de passe a été
remplacé par {S:pwword}.

Nous vous conseillons d'en choisir un plus robuste dès votre prochaine connexion.

L'équipe {F:shop}"""),
    T("br", "hard", "Votre carte d'adhérent",
      """Bonjour {F:name},
votre carte d'adhérent numérique est prête. Pour l'ajouter à votre téléphone, ouvrez l'application et scannez le QR code de la borne d'accueil.
Quand l'appli vous le demande, entrez {S:otp}.
Numéro d'adhérent : {D:custno}"""),
    T("table", "hard", "Ouverture de votre compte en ligne",
      """Bonjour {F:name},

votre compte en ligne est ouvert. Votre identifiant vous a été envoyé par SMS ; voici le reste.

Mot de passe | {S:pw}
Réponse à la question « Ville de naissance de votre mère » | {S:answer}

Ne conservez pas ce message dans votre boîte."""),
    T("blocks", "hard", "Activation de votre carte",
      """Bonjour {F:name},

pour activer votre carte de paiement, appelez le serveur vocal au {D:phone} et tapez le numéro qui s'affiche ci-dessous quand il vous le demande.

Numéro à taper | {S:otp}

La carte sera utilisable une heure après l'appel."""),
]
