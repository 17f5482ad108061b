# Le panneau des repères de l'atelier (les principes en action) et ses touches.
guidance-ctx = Atelier : panneau des repères
guidance-key-prev-principle = principe précédent
guidance-key-next-principle = principe suivant
guidance-key-status = statut : passer le principe à traité, préoccupation, sans objet ou ouvert
guidance-key-note = note : écrire comment l'équipe a traité ce principe ici
guidance-key-scroll = défiler : descendre dans les notes et le glossaire
