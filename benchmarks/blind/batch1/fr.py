"""Batch 1, French. Written by helper `blind` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- aucun secret : des phrases qui parlent d'un secret
    T("text", "decoy", "Votre mot de passe a été modifié",
      """Bonjour {F:name},

Le mot de passe de votre compte {F:shop} a été modifié le {D:date} à {D:time}.
Si vous êtes à l'origine de cette modification, vous n'avez rien à faire.
Sinon, appelez-nous immédiatement au {D:phone}.

Numéro client : {D:custno}"""),
    T("html", "decoy", "Rappel de sécurité",
      """<p>Chère cliente, cher client,</p>
<p>Nous ne vous demanderons <strong>jamais</strong> votre mot de passe, votre code confidentiel ou un code de validation par e-mail, SMS ou téléphone.
Ne communiquez jamais vos identifiants à un tiers.</p>
<p>Référence du dossier : {D:ref}</p>"""),
    T("text", "decoy", "Votre nouvelle carte est en route",
      """Bonjour {F:name},

Votre nouvelle carte bancaire ({D:masked}) a été expédiée le {D:date}.
Votre code confidentiel vous sera envoyé séparément par courrier dans quelques jours. Pour votre sécurité, la carte et le code ne sont jamais envoyés ensemble.
Votre code actuel reste valable.

Une question ? Appelez le {D:phone}."""),
    T("br", "decoy", "Code oublié ?",
      """Bonjour {F:name},
vous pouvez consulter le code de votre carte à tout moment dans l'application, rubrique Cartes.
Si vous oubliez votre code PIN, vous pouvez en demander la réédition au {D:phone}.
Ne conservez jamais votre code avec votre carte.

Carte {D:masked}"""),
    T("table", "decoy", "Paramètres de sécurité modifiés",
      """Les paramètres de sécurité de votre compte ont été modifiés.
Modification | Double authentification activée
Date | {D:date}
Heure | {D:time}
Numéro client | {D:custno}
Ce n'était pas vous ? Changez votre mot de passe et contactez-nous au {D:phone}."""),
    T("text", "decoy", "Réinitialisation du mot de passe",
      """Bonjour,

Une demande de réinitialisation du mot de passe de votre compte a été faite le {D:date}.
Pour choisir un nouveau mot de passe, utilisez le lien ci-dessous. Il est valable 30 minutes.

https://compte.example.fr/mot-de-passe

Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe restera inchangé."""),
    T("blocks", "decoy", "Où trouver votre code PUK",
      """Si vous saisissez trois fois un mauvais code PIN, votre carte SIM est bloquée et vous aurez besoin du code PUK.
Où trouver le code PUK ? | Dans votre Espace client ou sur le support de votre carte SIM
Service client | {D:phone}
Numéro client | {D:custno}"""),
    T("text", "decoy", "Nouvelle méthode de connexion",
      """Madame, Monsieur,

À partir du {D:date}, vous vous connecterez avec un code à usage unique envoyé sur votre mobile.
Ce code est valable 10 minutes. Ne le communiquez à personne, nous ne vous le demanderons jamais.
Votre mot de passe restera nécessaire pour la première connexion sur un nouvel appareil.

Numéro de contrat : {D:ref}"""),
    T("html", "decoy", "Votre question secrète a été mise à jour",
      """<p>Bonjour {F:name},</p>
<p>La réponse à votre question secrète a été modifiée le {D:date}.</p>
<p>Nous l'utilisons pour vous identifier lorsque vous nous appelez. Évitez une réponse facile à deviner.</p>
<p>N° client {D:custno}</p>"""),
    T("br", "decoy", "Bienvenue dans votre banque en ligne",
      """Bonjour {F:name},
bienvenue dans votre espace de banque en ligne.
Votre code d'activation vous sera envoyé par courrier au {F:street}, {D:postcode} {F:city} sous cinq jours ouvrés.
À réception, vous créerez votre propre mot de passe d'au moins 10 caractères.

Identifiant client : {D:custno}"""),
    T("text", "decoy", "Votre compte est bloqué",
      """Bonjour {F:name},

Votre compte a été bloqué après cinq saisies erronées du mot de passe le {D:date} à {D:time}.
Pour le débloquer, réinitialisez votre mot de passe ou appelez le {D:phone}.
Attention, le mot de passe respecte les majuscules et les minuscules.

Référence {D:ref}"""),
    T("table", "decoy", "Changement de code confirmé",
      """Le code confidentiel de votre carte a été modifié dans un distributeur.
Carte | {D:masked}
Modifié le | {D:date}
Lieu | Distributeur, {F:city}
Ce n'était pas vous ? Appelez immédiatement le {D:phone}."""),
    T("text", "decoy", "Votre mot de passe va expirer",
      """Bonjour {F:name},

Le mot de passe de votre espace client expire le {D:date}. Connectez-vous et choisissez-en un nouveau avant cette date.
Les mots de passe doivent comporter au moins 12 caractères.
Dossier {D:ref}"""),
    # --- aucun secret : courriers ordinaires
    T("html", "none", "Confirmation de commande {D:order}",
      """<h2>Merci pour votre commande, {F:name} !</h2>
<table cellpadding="4"><tr><th align="left">Article</th><th>Quantité</th><th>Prix</th></tr>
<tr><td>Chaussettes en laine, gris</td><td>1</td><td>{D:price}</td></tr>
<tr><td>Livraison</td><td></td><td>{D:price2}</td></tr></table>
<p>Numéro de commande : <b>{D:order}</b><br>Passée le {D:date}</p>
<p>Adresse de livraison : {F:street}, {D:postcode} {F:city}</p>"""),
    T("text", "none", "Votre colis a été expédié",
      """Bonjour {F:name},

Votre commande {D:order} a quitté notre entrepôt le {D:date}.
Numéro de suivi : {D:tracking}
Livraison prévue : {D:date2} entre {D:time} et {D:time2}.

Pour modifier la livraison, appelez le {D:phone}."""),
    T("table", "none", "Facture {D:invoice}",
      """Merci pour votre paiement.
Numéro de facture | {D:invoice}
Montant | {D:price}
Échéance | {D:date}
Référence | {D:ref}
Numéro client | {D:custno}"""),
    T("br", "none", "Rappel de rendez-vous",
      """Bonjour {F:name},
nous vous rappelons votre rendez-vous du {D:date} à {D:time}.
Référence de réservation : {D:ref}
Pour annuler : {D:phone}."""),
    T("text", "none", "Mandat de prélèvement SEPA",
      """Bonjour {F:name},

Votre mandat de prélèvement SEPA est enregistré.
IBAN : {D:iban}
Premier prélèvement : {D:price} le {D:date}
Référence unique du mandat : {D:ref}

Vos identifiants de connexion ne changent pas."""),
    # --- des secrets qu'une règle naïve laisse passer
    T("text", "hard", "Votre code de connexion",
      """Saisissez {S:otp} dans l'application pour vous connecter. Ce code expire dans 10 minutes.
Ne le communiquez à personne."""),
    T("text", "hard", "Confirmez votre adresse e-mail",
      """Bonjour {F:name},

merci pour votre inscription. Pour confirmer votre adresse, saisissez le code ci-dessous dans l'application :

{S:otpg}

Le code est valable jusqu'à {D:time}. Votre numéro client est le {D:custno}."""),
    T("html", "hard", "Votre mot de passe provisoire",
      """<p>Bonjour {F:name},</p>
<p>Votre compte est créé. Votre mot de passe provisoire figure ci-dessous. Il vous sera demandé de le modifier lors de votre première connexion.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Identifiant : {F:name}{D:amount}</p>"""),
    T("blocks", "hard", "Votre nouveau code",
      """Voici le code confidentiel de votre carte {D:masked}. Mémorisez-le puis supprimez ce message.
Votre code confidentiel | {S:pin}
Émis le | {D:date}"""),
    T("text", "hard", "Bienvenue sur le portail collaborateurs",
      """Bonjour {F:name},

votre compte est prêt. Connectez-vous avec votre matricule {D:custno} ; le mot de passe initial est {S:pwword}.
Merci de le changer lors de la première connexion.

Support informatique, {D:phone}"""),
    T("br", "hard", "Votre code de vérification",
      """Votre code de vérification :
{S:otp}
À utiliser sous 15 minutes. Commande {D:order}."""),
    T("table", "hard", "Vos identifiants",
      """Bienvenue ! Voici vos identifiants de connexion.
Identifiant | {F:name}.{D:amount}
Mot de passe | {S:pw}
Numéro client | {D:custno}
Conservez cet e-mail en lieu sûr ou supprimez-le après votre connexion."""),
    T("text", "hard", "Nouveau mot de passe",
      """Bonjour {F:name},

comme demandé, nous avons réinitialisé votre mot de passe. Le nouveau mot de passe est {S:pwword}.
Référence {D:ref}."""),
    T("html", "hard", "Votre code {F:shop}",
      """<div style="text-align:center">
<p>Utilisez ce code pour réinitialiser votre mot de passe :</p>
<p style="font-size:28px;letter-spacing:6px"><b>{S:otpg}</b></p>
<p>Si vous n'avez rien demandé, ignorez simplement cet e-mail.</p>
</div>"""),
    T("text", "hard", "Les codes de votre carte SIM",
      """Votre nouvelle carte SIM est activée.

Code PIN : {S:pin}
Code PUK : {S:puk}

Votre numéro de mobile est le {D:phone}. Commande {D:order}."""),
    T("blocks", "hard", "Vos codes de secours",
      """Conservez ces codes de secours en lieu sûr. Chaque code ne fonctionne qu'une fois.
Code de secours | {S:otpg}
Deuxième code de secours | {S:otpg2}
Générés le | {D:date}"""),
    T("text", "hard", "Rappel de votre code",
      """Bonjour {F:name},

vous avez demandé un rappel du code confidentiel de votre carte. Le code de la carte {D:masked} est

    {S:pin}

Mémorisez-le puis détruisez ce message."""),
    T("br", "hard", "Question secrète enregistrée",
      """Bonjour {F:name},
votre question secrète est enregistrée.
Question : Quel était le nom de votre premier animal ?
Réponse : {S:answer}
Vous pouvez la modifier dans les paramètres."""),
    T("text", "hard", "Votre carte virtuelle",
      """Bonjour {F:name},

voici, comme demandé, le numéro de votre carte virtuelle :
{S:card}
Valable jusqu'au 09/29. Solde disponible {D:price}."""),
    T("table", "hard", "Vérifiez vos informations",
      """Merci de vérifier les informations que nous détenons.
Nom | {F:name}
Numéro de sécurité sociale | {S:nid}
Reçu le | {D:date}
Notre référence | {D:ref}"""),
    T("text", "hard", "Votre compte {F:shop}",
      """Bonjour {F:name},

pour votre première connexion, utilisez votre adresse e-mail et le mot de passe {S:pw}.
Vous choisirez ensuite votre propre mot de passe."""),
    # --- secrets faciles, parfois à côté de consignes
    T("text", "easy", "Votre code à usage unique",
      """Votre code à usage unique est {S:otp}. Il est valable 5 minutes.
Nous ne vous demanderons jamais ce code. Réf. {D:ref}."""),
    T("html", "easy decoy", "Nouveau mot de passe",
      """<p>Bonjour {F:name},</p>
<p>Votre nouveau mot de passe : <strong>{S:pw}</strong></p>
<p>Ne communiquez jamais votre mot de passe. Vous pouvez le modifier à tout moment dans Mon compte.</p>
<p>Numéro client {D:custno}</p>"""),
    T("text", "easy decoy", "Votre code PIN",
      """Bonjour {F:name},

Code PIN : {S:pin}

Vous pouvez changer votre code dans n'importe quel distributeur. En cas d'oubli, appelez le {D:phone}.
Carte {D:masked}."""),
    T("br", "easy", "Code de connexion",
      """Code de connexion : {S:otp}
Demandé le {D:date} à {D:time}.
Ce n'est pas vous ? Appelez le {D:phone}."""),
    T("table", "easy decoy", "Votre box est en route",
      """Votre box a été expédiée, numéro de suivi {D:tracking}.
Nom du réseau | {F:shop}-{D:amount}
Clé Wi-Fi | {S:pw}
Mot de passe administrateur | sur l'étiquette sous la box
Gardez votre clé Wi-Fi pour vous."""),
    T("text", "easy", "Votre code PUK",
      """Bonjour {F:name},

Votre code PUK est {S:puk}. Saisissez-le sur votre téléphone pour débloquer la carte SIM, puis choisissez un nouveau code PIN.
Numéro de mobile : {D:phone}."""),
    T("blocks", "easy", "Finalisez votre inscription",
      """Finalisez votre inscription avec le code à usage unique ci-dessous.
Code à usage unique | {S:otp}
Expire à | {D:time}"""),
    T("text", "easy decoy", "Mot de passe réinitialisé",
      """Bonjour {F:name},

Votre mot de passe a été réinitialisé le {D:date}. Mot de passe temporaire : {S:pw}

Le mot de passe doit être changé tous les 90 jours. Commande {D:order}."""),
]
