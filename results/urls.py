from django.urls import path

from . import views

app_name = "results"

urlpatterns = [
    path("results/", views.ResultsView.as_view(), name="results"),
    path("results/report.xlsx", views.ReportView.as_view(), name="report"),
    path("results/<slug:key>.svg", views.ChartView.as_view(), name="chart"),
    path("results/<slug:key>.csv", views.CsvView.as_view(), name="csv"),
]
