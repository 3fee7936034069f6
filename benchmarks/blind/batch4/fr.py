"""Batch 4, French (France, Belgium). Written by helper `blind4b` on 2026-12-03 without reading
the rules, their tests or the earlier batches."""

from blind.engine import T

_MENTIONS = """Le service clients
Maison Arvel SAS au capital de 250 000 € · RCS Lyon 812 447 903 · SIRET 812 447 903 00027
TVA intracommunautaire FR 43 812447903 · Siège : {F:street}, {F:city}"""

_MENTIONS_BE = """Banque Ardenne SA · Avenue Louise 180, 1050 Bruxelles · RPM Bruxelles 0403.227.515
BIC ARDNBEBB · FSMA 025573 A"""

TEMPLATES = [
    # ------------------------------------------------------------------ decoy: about a secret, none given
    T("text", "decoy", "Modification de votre mot de passe",
      """Bonjour {F:name},

le mot de passe de votre espace client a été modifié le {D:date} à {D:time}.

Si vous êtes à l'origine de ce changement, vous n'avez rien à faire. Dans le cas contraire,
contactez immédiatement notre service sécurité au {D:phone}.

""" + _MENTIONS),
    T("html", "decoy", "Alerte : tentatives d'hameçonnage",
      """<p>Madame, Monsieur,</p>
<p>Des courriels frauduleux imitant notre banque circulent en ce moment. Ils vous invitent à
« confirmer » vos coordonnées bancaires sur un site qui n'est pas le nôtre.</p>
<p><strong>Rappel :</strong> votre conseiller ne vous demandera jamais votre code confidentiel, vos
identifiants de connexion ni les codes reçus par SMS.</p>
<p>En cas de doute, ne cliquez sur aucun lien et appelez votre agence.</p>"""),
    T("br", "decoy", "Votre nouvelle carte bancaire",
      """Bonjour {F:name},
votre carte Visa se terminant par {D:masked} vous a été expédiée le {D:date}.
Le code confidentiel associé vous parviendra par courrier séparé, sous 48 à 72 heures.
Pour votre sécurité, ne conservez jamais la carte et le code ensemble.
Votre Caisse régionale"""),
    T("table", "decoy", "Nouvelles règles de sécurité",
      """À compter du {D:date}, les mots de passe de l'intranet devront respecter ces règles :

Longueur minimale | 12 caractères
Composition | majuscules, minuscules, chiffres et un caractère spécial
Renouvellement | tous les 90 jours
Historique | les 5 derniers ne peuvent pas être réutilisés

Direction des systèmes d'information"""),
    T("blocks", "decoy", "Carte SIM bloquée",
      """Bonjour {F:name},

votre carte SIM associée à la ligne {D:phone} est bloquée après trois saisies erronées du code PIN.

Comment la débloquer ? | Saisissez le code PUK imprimé sur le support de votre carte SIM.
Support égaré ? | Retrouvez votre code PUK dans l'application, rubrique Ma ligne > Ma carte SIM.

Votre opérateur"""),
    T("text", "decoy", "Réinitialisation de votre mot de passe",
      """Bonjour,

vous avez demandé à réinitialiser le mot de passe de votre compte {F:shop}.
Cliquez sur le lien ci-dessous pour en choisir un nouveau. Ce lien expire dans 1 heure.

https://compte.exemple.fr/mdp/nouveau?jeton=Zk2pQ8rW

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message."""),
    T("html", "decoy", "Votre mot de passe expire bientôt",
      """<p>Bonjour {F:name},</p>
<p>le mot de passe de votre messagerie professionnelle arrivera à expiration le <b>{D:date}</b>.</p>
<p>Pour le changer, rendez-vous sur le portail <i>Mon compte</i> puis choisissez « Changer mon mot de passe ».</p>
<p>Le support informatique reste joignable au {D:phone}.</p>"""),
    T("br", "decoy", "Code oublié ?",
      """Bonjour {F:name},
vous avez oublié le code de votre carte ? Pas de panique.
Vous pouvez le consulter dans votre application mobile, rubrique Cartes, après authentification.
Vous pouvez aussi en demander la réédition par courrier, facturée {D:price}.
Votre banque en ligne"""),
    T("text", "decoy", "Code de vérification expiré",
      """Bonjour {F:name},

le code envoyé le {D:date} à {D:time} au {D:phone} n'est plus valable : chaque code expire au bout
de 5 minutes et ne peut servir qu'une fois.

Relancez simplement la connexion pour en recevoir un nouveau.

{F:shop}"""),
    T("table", "decoy", "Accès à l'ENT du collège",
      """Madame, Monsieur,

l'espace numérique de travail ouvre à la rentrée.

Identifiant | prénom.nom de votre enfant
Mot de passe provisoire | remis par le professeur principal le {D:date}
Assistance | vie scolaire, {D:phone}

Le principal du collège"""),
    T("blocks", "decoy", "Bienvenue à la salle",
      """Bonjour {F:name},

bienvenue chez FormeClub {F:city} ! Votre numéro d'adhérent est {D:custno}.

Accès 7j/7 | Vous choisirez votre code d'entrée personnel lors de votre première visite, à la borne de l'accueil.
Code perdu ? | L'équipe le réinitialise sur présentation d'une pièce d'identité.

Sportivement"""),
    T("html", "decoy", "Votre numéro fiscal",
      """<p>Madame, Monsieur,</p>
<p>pour finaliser votre dossier d'aide au logement, nous avons besoin de votre numéro fiscal.
Il figure en haut à gauche de la première page de votre dernier avis d'impôt sur le revenu.</p>
<p>Merci de le saisir vous-même dans votre espace personnel ; ne nous l'envoyez pas par courriel.</p>
<p>Dossier {D:ref}</p>"""),
    T("text", "decoy", "Votre code d'accès arrive par SMS",
      """Bonjour {F:name},

votre compte a bien été créé le {D:date}. Le code d'accès vous sera envoyé par SMS au {D:phone}
dans quelques minutes. Si vous ne le recevez pas, vérifiez que votre téléphone capte le réseau.

""" + _MENTIONS),
    T("br", "decoy", "Hôtel : coffre-fort de votre chambre",
      """Bonjour {F:name},
votre chambre {D:roomno} est prête à partir de 15 heures.
Le coffre-fort se programme avec un code de votre choix : fermez la porte et tapez 4 à 6 chiffres.
En cas d'oubli, la réception peut l'ouvrir en votre présence.
Réservation {D:pnr} · Hôtel des Remparts"""),
    # ------------------------------------------------------------------ none
    T("text", "none", "Confirmation de commande {D:order}",
      """Bonjour {F:name},

merci pour votre commande n° {D:order} passée le {D:date}.

Lampe de bureau Nova, noir mat      {D:price}
Livraison en point relais            offerte

Adresse de livraison : {F:street}, {D:postcode} {F:city}

{F:shop}"""),
    T("html", "none", "Votre colis est en route",
      """<p>Bonjour {F:name},</p>
<p>votre colis <b>{D:tracking}</b> sera livré demain entre {D:time} et 13h00.</p>
<p>Absent ? Choisissez un autre jour ou un point de retrait depuis le suivi en ligne.</p>"""),
    T("table", "none", "Votre facture {D:invoice}",
      """Bonjour,

votre facture est disponible.

Numéro de facture | {D:invoice}
Référence client | {D:custno}
Montant TTC | {D:price}
Date de prélèvement | {D:date}
IBAN du créancier | {D:iban}

""" + _MENTIONS),
    T("br", "none", "Rappel de rendez-vous",
      """Bonjour {F:name},
nous vous rappelons votre rendez-vous du {D:date} à {D:time} au cabinet de radiologie.
Numéro de dossier : {D:caseno}
Merci de vous présenter 15 minutes en avance avec votre carte Vitale et votre ordonnance.
Pour annuler : {D:phone}"""),
    T("blocks", "none", "Remboursement de votre retour",
      """Bonjour {F:name},

nous avons bien reçu votre retour pour la commande {D:order}.

Montant remboursé | {D:price}
Sur la carte | {D:masked}
Date | {D:date}

Le délai dépend de votre banque."""),
    T("text", "none", "Déclaration de sinistre {D:caseno}",
      """Monsieur {F:name},

nous accusons réception de votre déclaration de sinistre du {D:date}.

Numéro de sinistre : {D:caseno}
Contrat : {D:ref}
Franchise : {D:amount} €

Un expert prendra contact avec vous avant le {D:date2}.

Mutuelle Assurances de l'Ouest"""),
    T("html", "none", "Votre séjour à Bruges",
      """<p>Bonjour {F:name},</p>
<p>votre réservation est confirmée.</p>
<table><tr><td>Référence</td><td>{D:pnr}</td></tr><tr><td>Arrivée</td><td>{D:date}</td></tr>
<tr><td>Chambre</td><td>{D:roomno}</td></tr><tr><td>Total</td><td>{D:price}</td></tr></table>
<p>Au plaisir de vous accueillir.</p>"""),
    # ------------------------------------------------------------------ hard
    T("text", "hard", "Connexion à votre compte",
      """Bonjour {F:name},

une connexion à votre compte est en cours depuis un nouvel appareil.
Pour l'autoriser, saisissez {S:otp} sur la page qui s'affiche.

Ce n'est pas vous ? Changez votre mot de passe sans attendre.

{F:shop}"""),
    T("html", "hard", "Activation de votre nouvel appareil",
      """<p>Bonjour {F:name},</p>
<p>pour activer l'application sur votre nouveau téléphone, recopiez les caractères ci-dessous dans l'écran d'activation :</p>
<p style="font-size:26px;font-family:monospace;letter-spacing:3px">{S:otpg}</p>
<p>Ils restent valables 15 minutes.</p>"""),
    T("table", "hard", "Vos accès à l'espace locataire",
      """Bonjour {F:name},

votre espace locataire est ouvert.

Identifiant | {D:custno}
Mot de passe initial | {S:pw}
Logement | {F:street}, appartement {D:roomno}

Vous devrez le personnaliser lors de la première connexion."""),
    T("blocks", "hard", "Votre code confidentiel",
      """Madame {F:name},

suite à votre demande du {D:date}, voici le code de votre carte {D:masked}.

Code confidentiel | {S:pin}

Mémorisez-le puis supprimez ce message."""),
    T("br", "hard", "Votre compte a été réinitialisé",
      """Bonjour {F:name},
à votre demande, nous avons réinitialisé votre accès.
Votre mot de passe est désormais {S:pwword}, tout en minuscules.
Pensez à le remplacer par un mot de passe personnel.
Le service clients"""),
    T("text", "hard", "{S:otp} est votre code de connexion",
      """Bonjour,

utilisez le code indiqué en objet pour terminer votre connexion. Il est valable 10 minutes.

Si vous n'avez rien demandé, ignorez ce message."""),
    T("html", "hard", "Bienvenue à la résidence",
      """<p>Bonjour {F:name},</p>
<p>votre studio porte le numéro <b>{D:roomno}</b> (bâtiment B, 3e étage). Votre contrat : {D:ref}.</p>
<p>Le digicode de la porte d'entrée est le <b>{S:pin}</b> ; il change chaque trimestre.</p>
<p>La gestion de la résidence</p>"""),
    T("text", "hard", "Votre espace assuré",
      """Madame {F:name},

vous venez de créer votre espace assuré. Votre code d'activation figure en bas de ce message,
après nos coordonnées.

Numéro d'adhérent : {D:custno}
Date de création : {D:date}

Une fois activé, vous pourrez suivre vos remboursements en ligne.

Votre mutuelle
{D:phone}

{S:otp}"""),
    T("table", "hard", "Votre colis vous attend en consigne",
      """Bonjour {F:name},

bonne nouvelle, votre colis {D:tracking} est arrivé. Sur l'écran de la consigne {F:street},
touchez « Retirer un colis » et tapez les chiffres suivants : {S:otp}.

Casier attribué | {D:roomno}
Date limite | {D:date}

Passé ce délai, le colis repart chez l'expéditeur."""),
    T("blocks", "hard", "Votre nouvelle carte SIM",
      """Bonjour {F:name},

votre nouvelle carte SIM pour le {D:phone} est active.

Code PIN | {S:pin}
Code PUK | {S:puk}

Conservez ces codes en lieu sûr."""),
    T("br", "hard", "RE: accès au logiciel de paie",
      """Bonjour {F:name},
ton mot de passe provisoire, c'est {S:pw}. L'identifiant reste ton adresse mail.
Bonne journée,
Julien
> Le {D:date}, {F:name} a écrit :
> Salut Julien, je n'arrive plus à me connecter au logiciel de paie, tu peux me renvoyer un accès ?
> Merci !"""),
    T("text", "hard", "Pièces pour votre dossier de prêt",
      """Bonjour {F:name},

nous avons bien reçu les éléments de votre dossier {D:ref} :

Revenu annuel déclaré : {D:amount} 000 €
Votre numéro de sécurité sociale est le {S:nid}.
Compte de prélèvement : {D:iban}

Il ne manque plus que votre dernier avis d'imposition.
Votre conseiller"""),
    T("html", "hard", "Validez votre paiement",
      """<div style="border:1px solid #ddd;padding:12px">
<p>Paiement chez <b>{F:shop}</b> : <b>{D:price}</b></p>
<p>Carte {D:masked}, le {D:date} à {D:time}</p>
<p>Pour valider, entrez ce nombre dans la fenêtre de paiement : <b>{S:otp}</b></p>
<p>Vous ne reconnaissez pas cet achat ? Annulez et appelez-nous.</p>
</div>"""),
    T("table", "hard", "Votre question de sécurité",
      """Bonjour {F:name},

vos informations de sécurité ont été mises à jour le {D:date}.

Question | Nom de jeune fille de votre mère
Réponse enregistrée | {S:answer}

Si ce n'est pas vous, appelez le {D:phone}."""),
    T("blocks", "hard", "Votre licence antivirus",
      """Merci pour votre achat chez {F:shop} !

Commande | {D:order}
Clé d'activation | {S:akey}

Saisissez la clé au premier lancement du logiciel."""),
    T("text", "hard", "Votre code de liaison / Uw koppelcode",
      """Chère cliente, cher client, Beste klant,

Pour relier l'application à votre compte, introduisez ce numéro dans l'écran « Liaison » :
Om de app aan uw rekening te koppelen, voert u dit nummer in op het scherm "Koppelen":

{S:otpg}

Met vriendelijke groeten / Meilleures salutations
""" + _MENTIONS_BE),
    T("br", "hard", "Votre gîte à Annecy",
      """Bonjour famille {F:name},
vous arrivez le {D:date}, le gîte se trouve au numéro {D:roomno} du chemin des Prés.
Les clés sont dans la boîte à clés à gauche de la porte : composez {S:pin} puis tirez le levier.
Réservation {D:pnr}, en cas de souci appelez le {D:phone}.
À bientôt"""),
    T("html", "hard", "Mot de passe de votre document",
      """<p>Monsieur {F:name},</p>
<p>votre bilan vous a été transmis par un courriel séparé sous forme de fichier protégé
(dossier {D:custno}).</p>
<p>Pour l'ouvrir, le mot de passe est :</p>
<p><b>{S:pwword}</b></p>
<p>Cabinet Moreau Expertise · Ordre des experts-comptables de {F:city} · SIREN 790 334 812</p>"""),
    T("text", "hard", "Votre carte de remplacement",
      """Madame {F:name},

votre carte de remplacement est en route. En attendant, vous pouvez déjà payer en ligne avec le
nouveau numéro {S:card}, date d'expiration 11/29.

L'ancienne carte {D:masked} est désormais opposée.

Service cartes, référence {D:ref}"""),
    T("table", "hard", "Accès à votre box",
      """Bonjour {F:name},

voici les informations de votre box installée le {D:date}.

Réseau Wi-Fi | MaBox-{D:amount}
Clé de sécurité | {S:pw}
Contrat | {D:ref}

Vous pouvez la modifier depuis l'interface de la box."""),
    T("blocks", "hard", "Votre accès à la banque à distance",
      """Bonjour {F:name},

nous avons indiqué votre code d'accès tout en bas de ce message.

Numéro de contrat | {D:ref}
Code d'accès | {S:pin}

À la première connexion, vous choisirez votre propre code.

""" + _MENTIONS_BE),
    # ------------------------------------------------------------------ more, added in a second pass
    T("text", "decoy", "Accès temporairement verrouillé",
      """Bonjour {F:name},

à la suite de trois saisies erronées de votre mot de passe, l'accès à votre compte est suspendu
jusqu'à {D:time}. Vous pourrez ensuite réessayer.

Mot de passe oublié ? Utilisez le lien « Mot de passe oublié » de la page de connexion.

""" + _MENTIONS),
    T("br", "decoy", "Changement de code confidentiel",
      """Madame {F:name},
le code confidentiel de votre carte {D:masked} a été modifié le {D:date} sur un distributeur de notre réseau.
Seul le nouveau code choisi est désormais valable.
Si vous n'êtes pas à l'origine de cette opération, faites opposition au {D:phone}.
Votre agence"""),
    T("text", "hard", "Votre nouvel espace abonné",
      """Madame, Monsieur,

notre espace abonné fait peau neuve. Avec le mot de passe {S:pw} et votre numéro de
point de livraison {D:custno}, connectez-vous dès maintenant sur espace.energie-exemple.fr.

Vous y retrouverez vos factures et vos relevés de compteur.

""" + _MENTIONS),
    T("html", "hard", "Votre service téléphonique",
      """<p>Madame {F:name},</p>
<p>comme convenu, nous avons fixé votre code d'accès au serveur vocal à <b>{S:pin}</b>.
Il sera actif à partir du {D:date}.</p>
<p>Serveur vocal : {D:phone}</p>
<p>Votre banque</p>"""),
    T("table", "hard", "Confirmez votre virement",
      """Merci de vérifier votre virement :

Bénéficiaire | {F:name}
IBAN | {D:iban}
Montant | {D:price}
Date d'exécution | {D:date}
Code de confirmation | {S:otp}

Si ces informations sont inexactes, ne saisissez pas le code."""),
    T("br", "hard", "TR: vos accès",
      """Salut {F:name},
je te transfère le mail du fournisseur pour que tu puisses te connecter aussi.
Bises
---------- Message transféré ----------
De : Service clients {F:shop}
Date : {D:date}
Vos accès : identifiant {D:custno}, mot de passe {S:pw}
Conservez-les précieusement."""),
    T("blocks", "hard", "Votre mot de passe téléphonique",
      """Monsieur {F:name},

pour vous reconnaître lors de nos échanges téléphoniques sur votre dossier, nous avons enregistré un mot de passe.

Dossier | {D:caseno}
Mot de passe téléphonique | {S:pwword}

Mutuelle Assurances de l'Ouest"""),
    T("text", "hard", "Invitation : réunion du conseil syndical",
      """Bonjour à tous,

la réunion du conseil syndical aura lieu en visio le {D:date} à {D:time}.
Lien : https://visio.exemple.fr/j/{D:amount}
Le mot de passe de la réunion est {S:pwword}.

Le syndic"""),
    T("text", "hard", "Débloquez votre compte",
      """Bonjour {F:name},

par précaution, votre compte {F:shop} a été bloqué. Pour le débloquer, connectez-vous et tapez
la suite de caractères que nous vous envoyons ici. La voici : {S:otpg}.

Besoin d'aide ? {D:phone}"""),
    T("br", "hard", "Votre demande {D:caseno}",
      """Bonjour {F:name},
votre demande de carte de stationnement résident est enregistrée sous le numéro {D:caseno} (frais : {D:amount} €).
Pour confirmer votre adresse électronique, saisissez {S:otp} dans le formulaire de demande.
Nous ne la traiterons qu'après cette confirmation.
Mairie de {F:city}"""),
    # ------------------------------------------------------------------ hard decoy
    T("text", "hard decoy", "Votre code à usage unique",
      """Bonjour {F:name},

code à usage unique : {S:otp}

Attention : nos services ne vous demanderont jamais ce code par téléphone. Votre mot de passe
habituel a été modifié pour la dernière fois le {D:date}.

{F:shop}"""),
    # ------------------------------------------------------------------ easy
    T("text", "easy", "Votre code de vérification",
      """Votre code de vérification : {S:otp}

Valable 10 minutes. Ne le communiquez à personne."""),
    T("html", "easy", "Nouveau code PIN",
      """<p>Bonjour {F:name},</p>
<p>Votre nouveau code PIN : <b>{S:pin}</b></p>
<p>L'équipe support</p>"""),
    T("table", "easy", "Vos identifiants",
      """Bienvenue chez {F:shop} !

Identifiant | {F:name}
Mot de passe | {S:pw}

Bonnes découvertes."""),
    T("br", "easy", "Code de sécurité",
      """Code de sécurité pour votre virement de {D:price} : {S:otp}
Bénéficiaire : {D:iban}"""),
]
