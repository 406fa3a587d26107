from __future__ import annotations

from django.urls import path

from apps.reminders import views

app_name = "reminders"

urlpatterns = [
    path("calendar/<str:token>.ics", views.feed, name="feed"),
    path("reminders/calendar/", views.calendar_link, name="calendar_link"),
    path("reminders/action/", views.action, name="action"),
    path("reminders/<uuid:reminder_id>/reminder.ics", views.download, name="download"),
    path("reminders/<uuid:reminder_id>/edit/", views.edit, name="edit"),
    path("reminders/<uuid:reminder_id>/tone/", views.tone_check, name="tone_check"),
    path("reminders/<uuid:reminder_id>/done/", views.done, name="done"),
    path("reminders/<uuid:reminder_id>/snooze/", views.snooze, name="snooze"),
    path("reminders/<uuid:reminder_id>/drop/", views.drop, name="drop"),
    path("plans/<uuid:plan_id>/reminders/schedule/", views.schedule, name="schedule"),
    path("plans/<uuid:plan_id>/reminders/add/", views.add, name="add"),
]
