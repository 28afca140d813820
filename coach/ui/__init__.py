"""Qt widgets: they show what `coach.core` decides and pass on what the person does."""
