"""Batch 2, French. Written by helper `blind2` on 2026-12-03 without reading the rules."""

from blind.engine import T

TEMPLATES = [
    # --- about a secret, giving none
    T("text", "decoy", "Votre mot de passe a été modifié",
      """Bonjour {F:name},

Le mot de passe de votre espace client a été modifié le {D:date} à {D:time}.
Si vous êtes à l'origine de ce changement, vous n'avez rien à faire.
Dans le cas contraire, appelez-nous sans attendre au {D:phone} en indiquant votre numéro client {D:custno}.

Cordialement,
Le service client"""),
    T("html", "decoy", "Alerte fraude : restez vigilant",
      """<p>Bonjour {F:name},</p>
<p>Des messages frauduleux imitant notre banque circulent en ce moment. Rappel :</p>
<ul><li>nous ne vous demanderons jamais votre code confidentiel ni votre mot de passe,</li>
<li>ne communiquez jamais un code reçu par SMS à un conseiller qui vous appelle,</li>
<li>ne cliquez pas sur les liens d'un message suspect.</li></ul>
<p>En cas de doute, raccrochez et appelez le {D:phone}.</p>"""),
    T("br", "decoy", "Votre nouvelle carte est en route",
      """Bonjour {F:name},
votre nouvelle carte se terminant par {D:masked} a été expédiée le {D:date}.
Votre code confidentiel vous parviendra par courrier séparé quelques jours plus tard.
Par sécurité, la carte et le code ne sont jamais envoyés ensemble.

Une question ? {D:phone}"""),
    T("table", "decoy", "Code confidentiel oublié ?",
      """Voici comment retrouver votre code.

Dans l'application | Cartes > Afficher le code
Par téléphone | {D:phone}
Carte | {D:masked}
Demande reçue le | {D:date}

Un nouveau courrier de code met environ une semaine à arriver."""),
    T("text", "decoy", "Réinitialisation de votre mot de passe",
      """Bonjour {F:name},

Nous avons reçu une demande de réinitialisation du mot de passe de votre compte.
Cliquez sur le lien ci-dessous pour en choisir un nouveau. Il est valable 30 minutes et ne peut servir qu'une fois.

Si vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail : votre mot de passe actuel reste inchangé.

Dossier {D:ref}"""),
    T("blocks", "decoy", "Nouvelle connexion à votre compte",
      """Nous avons détecté une connexion depuis un nouvel appareil.
Date | {D:date} à {D:time}
Appareil | Safari sur iPad
Lieu | {F:city}
Ce n'était pas vous ? Changez votre mot de passe immédiatement et activez la double authentification."""),
    T("text", "decoy", "La double authentification est activée",
      """Bonjour {F:name},

Désormais, un code de vérification vous sera envoyé par SMS à chaque connexion depuis un nouvel appareil.
Ce code est valable dix minutes et ne peut être utilisé qu'une seule fois.
Vous pouvez désactiver cette option dans Paramètres > Sécurité.

Numéro client {D:custno}"""),
    T("html", "decoy", "Nouvelles règles pour les mots de passe",
      """<p>Chère cliente, cher client,</p>
<p>À compter du <strong>{D:date}</strong>, votre mot de passe devra comporter au moins 12 caractères et ne pourra pas reprendre un ancien mot de passe.
Lors de votre prochaine connexion après cette date, il vous sera demandé d'en choisir un nouveau.</p>
<p>Aucune action n'est nécessaire aujourd'hui.</p>"""),
    T("br", "decoy", "Votre code a expiré",
      """Bonjour {F:name},
le code que nous vous avons envoyé à {D:time} a expiré et ne peut plus être utilisé.
Demandez-en un nouveau depuis la page de connexion quand vous le souhaitez.
Référence {D:ref}"""),
    T("text", "decoy", "Votre carte SIM est bloquée",
      """Bonjour {F:name},

Le code PIN de votre carte SIM a été saisi trois fois de manière erronée : la carte est donc bloquée.
Pour la débloquer, il vous faut le code PUK, inscrit sur le support plastique de votre carte SIM ou disponible dans votre Espace Client.
Ne le devinez pas : après dix essais erronés, la carte devient inutilisable.

Numéro client {D:custno}"""),
    T("table", "decoy", "Votre demande a été clôturée",
      """Merci de nous avoir contactés.

Demande | {D:ref}
Clôturée le | {D:date}
Objet | Mot de passe refusé

Nos conseillers ne vous demanderont jamais votre mot de passe par e-mail. Si le problème persiste, appelez le {D:phone}."""),
    T("html", "decoy", "Votre courrier de code a été envoyé",
      """<p>Bonjour {F:name},</p>
<p>Suite à votre demande du {D:date}, nous vous avons adressé un nouveau courrier contenant votre code confidentiel. Il vous parviendra sous 3 à 5 jours ouvrés.</p>
<p>L'enveloppe est neutre et ne porte pas notre logo.</p>
<p>Carte {D:masked}</p>"""),
    # --- no secret at all
    T("table", "none", "Confirmation de votre commande {D:order}",
      """Merci pour votre commande, {F:name} !

Numéro de commande | {D:order}
Date de commande | {D:date}
Total TTC | {D:price}
Adresse de livraison | {F:street}, {D:postcode} {F:city}

Nous vous préviendrons dès l'expédition de votre colis."""),
    T("text", "none", "Votre colis est en route",
      """Bonjour {F:name}, votre commande {D:order} a été expédiée.

Numéro de suivi : {D:tracking}
Livraison prévue : {D:date}

En cas d'absence, votre colis sera déposé dans le point relais le plus proche."""),
    T("table", "none", "Votre facture {D:invoice}",
      """Votre facture est disponible.

Facture | {D:invoice}
Montant | {D:price}
Échéance | {D:date}
IBAN | {D:iban}
Référence | {D:ref}

Si vous avez opté pour le prélèvement, vous n'avez rien à faire."""),
    T("br", "none", "Votre rendez-vous est confirmé",
      """Bonjour {F:name},
votre rendez-vous en agence à {F:city} est fixé au {D:date} à {D:time}.
Pensez à apporter une pièce d'identité.
Pour annuler : {D:phone}."""),
    T("html", "none", "Nous avons reçu votre retour",
      """<p>Bonjour {F:name},</p>
<p>Le retour de la commande <b>{D:order}</b> est arrivé dans notre entrepôt. Nous vous rembourserons <b>{D:price}</b> sur la carte se terminant par {D:masked} sous cinq jours.</p>"""),
    T("blocks", "none", "Votre abonnement sera renouvelé",
      """Votre abonnement {F:shop} se renouvelle automatiquement.
Numéro d'adhérent | {D:custno}
Date de renouvellement | {D:date}
Tarif | {D:price}
Vous n'avez rien à faire si vous souhaitez continuer."""),
    # --- secrets a naive keyword rule misses
    T("text", "hard", "Confirmez votre connexion",
      """Bonjour {F:name},

Saisissez {S:otp} dans l'application pour terminer votre connexion.
Ces chiffres sont valables 10 minutes.

Vous n'avez pas essayé de vous connecter ? Appelez le {D:phone}."""),
    T("text", "hard", "{S:otp} est votre code {F:shop}",
      """Utilisez {S:otp} pour confirmer votre adresse e-mail.
Ne transférez pas ce message."""),
    T("br", "hard", "Finalisez votre inscription",
      """Presque terminé, {F:name} !
Le code est {S:otpg}.
Saisissez-le dans le champ de la page que vous venez de quitter.
Commande {D:order}"""),
    T("text", "hard", "Votre nouveau code confidentiel",
      """Bonjour {F:name},

Comme vous l'avez demandé, nous avons généré un nouveau code pour votre carte se terminant par {D:masked}.
Votre code figure ci-dessous. Mémorisez-le puis supprimez ce message.

        {S:pin}

Vous pouvez le modifier dans n'importe lequel de nos distributeurs."""),
    T("blocks", "hard", "Vos identifiants de première connexion",
      """Voici vos identifiants pour votre première connexion.
Identifiant | {F:name}{D:amount}
Mot de passe provisoire | {S:pw}
Il vous sera demandé de choisir votre propre mot de passe dès la connexion."""),
    T("table", "hard", "Les informations de votre ligne",
      """Bienvenue chez nous, {F:name}.

Numéro de mobile | {D:phone}
Code PIN | {S:pin}
Code PUK | {S:puk}
Numéro client | {D:custno}

Conservez ces informations en lieu sûr."""),
    T("text", "hard", "Votre mot de passe a été réinitialisé",
      """Bonjour {F:name},

Notre support informatique a réinitialisé votre compte le {D:date}. Votre nouveau mot de passe est {S:pwword}.
Merci de le changer lors de votre première connexion.

Ticket {D:ref}"""),
    T("html", "hard", "Accès Wi-Fi pendant votre séjour",
      """<p>Bonjour {F:name},</p>
<p>Merci pour votre réservation. Vous trouverez la clé du Wi-Fi invités ci-dessous ; elle est valable pendant tout votre séjour.</p>
<p style="font-size:20px;font-family:monospace">{S:pw}</p>
<p>Réservation {D:ref}, arrivée le {D:date}.</p>"""),
    T("table", "hard", "Bienvenue sur le portail RH",
      """Bienvenue parmi nous, {F:name}. Votre compte a été créé.

Identifiant | {F:name}.rh
Mot de passe initial | {S:pw}
Matricule | {D:custno}
Date d'arrivée | {D:date}"""),
    T("text", "hard", "Activez votre carte",
      """Bonjour {F:name},

Votre nouvelle carte {D:masked} sera utilisable dès son activation.
Appelez le {D:phone} et composez le numéro d'activation {S:pin6} lorsque le serveur vocal vous le demande.

Merci de votre confiance."""),
    T("br", "hard", "Question secrète enregistrée",
      """Bonjour {F:name},
vous avez défini une question secrète pour la banque par téléphone.
Question : le nom de votre premier animal
Réponse enregistrée : {S:answer}
Elle vous sera demandée lorsque vous appellerez le {D:phone}."""),
    T("blocks", "hard", "PIN et PUK de votre carte SIM",
      """Votre nouvelle carte SIM pour le {D:phone} est activée.
PIN | {S:pin}
PUK | {S:puk}
Commande | {D:order}"""),
    T("text", "hard", "Votre colis vous attend en consigne",
      """Votre colis {D:tracking} vous attend dans la consigne automatique {F:street}.
Ouvrez le casier avec {S:otp} avant le {D:date}.
Passé ce délai, il sera retourné à l'expéditeur."""),
    T("br", "hard", "Vos identifiants de connexion",
      """Bonjour {F:name},
merci pour votre inscription. Votre mot de passe est :
{S:pw}
Votre numéro client est {D:custno}."""),
    T("html", "hard", "Votre carte virtuelle",
      """<p>Bonjour {F:name},</p>
<p>Votre carte virtuelle est prête pour vos achats en ligne.</p>
<table><tr><td>Numéro de carte</td></tr><tr><td style="font-size:18px">{S:card}</td></tr>
<tr><td>Date d'expiration</td></tr><tr><td>{D:date}</td></tr></table>
<p>Le cryptogramme n'est visible que dans l'application.</p>"""),
    T("text", "hard", "Votre attestation de droits",
      """Bonjour {F:name},

Suite à votre demande du {D:date}, voici votre attestation.
Numéro de sécurité sociale de l'assuré : {S:nid}.
Conservez ce document.

Votre caisse d'Assurance Maladie"""),
    T("table", "hard decoy", "Vérifiez votre numéro de téléphone",
      """Ne communiquez jamais ce code à personne, pas même à nous.

Code de vérification | {S:otpg}
Valable jusqu'à | {D:time}

Si vous n'avez rien demandé, ignorez cet e-mail."""),
    T("text", "hard", "Le digicode de votre résidence",
      """Bonjour {F:name},

Bienvenue au {F:street} ! La porte d'entrée s'ouvre en tapant
{S:pin} puis la touche #.
Le ramassage des encombrants a lieu le {D:date}."""),
    # --- plainly labelled secrets
    T("text", "easy", "Votre code à usage unique",
      """Votre code à usage unique est {S:otp}. Il expire dans cinq minutes.
Ne le communiquez à personne."""),
    T("br", "easy", "Code de vérification",
      """Bonjour {F:name},
code de vérification : {S:otp}
Commande {D:order}, {D:price}"""),
    T("html", "easy", "Votre code PIN",
      """<p>Bonjour {F:name},</p><p>Code PIN : <strong>{S:pin}</strong></p><p>Carte {D:masked}</p>"""),
    T("table", "easy", "Votre compte",
      """Identifiant | {F:name}
Mot de passe | {S:pw}
Numéro client | {D:custno}"""),
    T("text", "easy decoy", "Code de connexion",
      """Code de connexion : {S:otp}
Nous ne vous appellerons jamais pour vous demander ce code. Si quelqu'un le fait, raccrochez et composez le {D:phone}."""),
    T("blocks", "easy", "Votre code PUK",
      """Vous avez demandé le code PUK de la ligne {D:phone}.
Code PUK | {S:puk}
Demandé le | {D:date}"""),
    T("br", "hard", "Activation de votre clé digitale",
      """Bonjour {F:name},
pour activer votre clé digitale dans l'application, un code d'activation est nécessaire.
Vous le trouverez en bas de ce message.
Numéro client {D:custno}

{S:otpg}"""),
    # --- more pointer phrases and label/value decoys
    T("text", "hard", "Votre mot de passe a été modifié",
      """Bonjour {F:name},

Comme convenu par téléphone, nous avons modifié le mot de passe de votre compte. Il a été remplacé par {S:pwword}.
Choisissez-en un personnel lors de votre prochaine connexion.

Service client {D:phone}"""),
    T("br", "hard", "Connexion à votre espace",
      """Bonjour {F:name},
connectez-vous avec le mot de passe à usage unique {S:otp} dans les dix minutes.
Votre commande {D:order} se trouve dans Mes commandes.
Numéro client {D:custno}"""),
    T("table", "decoy", "Rappel : votre mot de passe expire bientôt",
      """Bonjour {F:name}, voici les informations de votre compte.

Expiration du mot de passe | {D:date}
Modifier le mot de passe | Mon compte > Sécurité
Numéro client | {D:custno}
Assistance | {D:phone}"""),
    T("html", "hard", "Votre code personnel",
      """<p>Bonjour {F:name},</p>
<p>voici le nouveau code de votre carte {D:masked} :</p>
<p>&nbsp;</p>
<p style="font-size:24px"><b>{S:pin}</b></p>
<p>Supprimez ce message une fois le code mémorisé.</p>"""),
    T("text", "none", "Votre billet de train",
      """Bonjour {F:name},

Merci pour votre réservation. Votre billet pour {F:city} le {D:date}, départ à {D:time}, s'élève à {D:price}.
Référence de dossier : {D:order}
Présentez votre carte Avantage lors du contrôle. Service client : {D:phone}"""),
    T("blocks", "hard", "Bienvenue dans votre gîte",
      """Bienvenue à {F:city} ! La clé se trouve dans la boîte à clés près de la porte.
Code de la boîte à clés | {S:pin}
Wi-Fi | {S:pwword}
Départ | le {D:date} avant {D:time}"""),
    T("text", "decoy", "À propos de votre sécurité",
      """Bonjour {F:name},

Nous ne vous demanderons jamais votre mot de passe ni votre code confidentiel. Votre mot de passe doit être renouvelé tous les 90 jours.
Mot de passe oublié ? Utilisez le lien « Mot de passe oublié » ou appelez le {D:phone}.
Le code de votre carte se modifie dans n'importe quel distributeur.

Référence {D:ref}"""),
    T("text", "hard", "Associez l'application à votre compte",
      """Bonjour {F:name},

saisissez les chiffres suivants dans l'application :

{S:otp}

Ils sont valables 15 minutes. Commande {D:order}."""),
]
