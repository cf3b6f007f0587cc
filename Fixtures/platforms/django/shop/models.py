from django.db import models


class Order(models.Model):
    customer = models.CharField(max_length=100)
    note = models.TextField(blank=True)
